/*
 * The locked file queue. Two formats share one handle:
 *
 * framed (default): a 4096-byte header, then frames of frame_size bytes.
 *   header  magic, version, sizes, a checksum over them; two commit slots
 *           (A/B, each with its own CRC32C) holding head, tail and counters;
 *           a wake word for wait(); two boot areas for the shared state.
 *   frame   u32 length, u32 CRC32C(length || payload), payload.
 *   A change is made visible by writing the next slot, so a writer killed
 *   half-way leaves the previous state whole; pop/shift move tail/head: O(1).
 *   The file is mapped; frames are copied in and out of the mapping.
 *   Lock (Linux): a process-shared robust mutex in the header. Every handle
 *   holds a shared flock for its lifetime; the opener that can take it
 *   exclusively is alone, and only it creates the header or (re)initialises
 *   the mutex (the LMDB pattern). A holder that dies leaves EOWNERDEAD, and
 *   the slots make its half-done change invisible. Elsewhere: flock per call.
 *
 * RAW: the seed's layout (see raw.h), always under flock.
 *
 * Every operation runs under the exclusive lock; fq_queue_lock() lets a caller
 * hold it across several (transaction). The caller owns the fq_queue_t memory
 * and the path string, which must outlive the handle.
 */
#ifndef FQ_CORE_QUEUE_H
#define FQ_CORE_QUEUE_H

#include <stddef.h>
#include <stdint.h>

#include "clock.h"
#include "error.h"
#include "watch.h"

#define FQ_QUEUE_RAW  1   /* the seed's layout */
#define FQ_QUEUE_SYNC 2   /* fdatasync before a mutating call returns */
/*
 * RAW, for the seed functions, whose every call names its file by path as the
 * originals' fopen() did: each lock acts on the file the path names at that
 * moment (a relative path from the current directory, symbolic links as they
 * point now), which must exist: it is never created.
 */
#define FQ_QUEUE_BYPATH 4
/*
 * framed: a new file is made as a job queue (format version 2): each frame
 * keeps, after its length and checksum, the job's id and who holds it, so
 * that reserve() can hand a job out and keep it until ack() (jobs.c). An
 * existing file is what it was made as, whatever the flag.
 */
#define FQ_QUEUE_JOBS 8

#define FQ_HEADER_SIZE     4096
#define FQ_FRAME_OVERHEAD  8
#define FQ_JOB_OVERHEAD    48   /* of a job queue's frame: length, checksum, the job's envelope */
#define FQ_FRAME_SIZE_MAX  (64u * 1024 * 1024)
#define FQ_FRAME_SIZE_DEFAULT 256   /* of a new file when the caller leaves the size to the file (0) */
#define FQ_BOOT_MAX        1792   /* bytes of boot state the framed header holds; more goes to a region after the frames */
#define FQ_BOOT_REGION_MAX (64u << 20)  /* bytes of boot state a framed file holds at the most */

/* One commit slot of the header: the queue's state at one point in time. */
typedef struct fq_state {
	uint64_t seq;      /* slot generation; the valid slot with the larger seq wins */
	uint64_t head;     /* index of the oldest frame */
	uint64_t tail;     /* index one past the newest frame */
	uint64_t hwm;      /* frames the file has room for: its size is header + hwm frames */
	uint64_t pushed;   /* frames ever pushed */
	uint64_t popped;   /* frames ever popped or shifted */
	uint64_t dropped;  /* torn frames found by their checksum and discarded */
	uint32_t boot_len;
	uint32_t boot_crc;
	uint32_t boot_area;
	uint32_t punched;  /* blocks behind head were given back: shrink when the queue empties */
	/* job queues (FQ_QUEUE_JOBS); 0 in a plain file */
	uint64_t rhead;    /* frames [head, rhead) were handed out (held, acknowledged or set aside), [rhead, tail) not yet */
	uint64_t released; /* frames in [head, rhead) given back by release(): available again */
	uint64_t reserved; /* hand-outs by reserve(), ever */
	uint64_t acked;    /* acknowledgements, ever */
	uint64_t region[2]; /* file offsets of the regions after the frames (framed_region.h); 0: none */
	uint32_t delay_gen; /* the delayed frames' generation (delay.c): its redo record is applied when the region lags */
} fq_state_t;

struct fq_format;

typedef struct fq_queue {
	const char *path;       /* owned by the caller */
	const struct fq_format *fmt;  /* framed or RAW (format.h) */
	int jobs;               /* framed: the file is a job queue (format version 2) */
	int fd;
	int flags;
	unsigned int mode;
	uint32_t frame_size;
	uint64_t dev, ino;      /* identity of the open file, to notice replacement */
	unsigned long fork_gen; /* fork generation at open, to notice a child */
	/* framed */
	unsigned char *map;     /* the header, mapped; never moves: the mutex lives there */
	unsigned char *frames;  /* the frames, mapped from offset FQ_HEADER_SIZE; grows by remapping */
	size_t frameslen;       /* bytes mapped at frames */
	void *mutex;            /* the robust mutex in the mapped header; NULL: flock per call */
	int held;               /* this handle holds that mutex (glibc lists it on the thread's robust list) */
	int wake;               /* a push or release under this lock: wake the waiters when it goes */
	int64_t checked_ns;     /* when the path's identity was last compared with the open file */
	uint64_t recovered;     /* locks this handle took over from a holder that died */
	int recount;            /* a job queue opened alone (its last holder may have died): counted again at the next lock */
	int64_t lock_timeout_ns; /* how long a lock is waited for; -1: for ever */
	fq_state_t st;          /* state read when the lock was taken */
	/* delayed frames (delay.c): what this handle knows of the delay region at (off, gen) */
	struct {
		uint64_t off;       /* the region's offset when known; 0: nothing known */
		uint32_t gen;
		uint64_t count;     /* delayed frames */
		int64_t next_ns;    /* the earliest due time (wall clock, ns) when count > 0 */
	} delay;
	/* RAW */
	fq_watch_t watch;       /* reports a deletion, replacement or renamed path without a system call */
	int depth;              /* lock nesting: >0 while held */
} fq_queue_t;

/* Once per process, before any queue: CRC tables and the fork hook. */
void fq_core_init(void);

/*
 * Opens (creating file and header when missing) a queue. frame_size 0: the
 * file's own (FQ_FRAME_SIZE_DEFAULT for a new file, and for RAW, whose file
 * does not say). mode: the permissions of a file made here, exactly (0 to 0777).
 */
int fq_queue_open(fq_queue_t *q, const char *path, uint32_t frame_size, int flags,
                  unsigned int mode, int64_t lock_timeout_ns, fq_error_t *err);

/* How long the handle's next locks wait (-1: for ever); past it, FQ_ETIMEOUT naming the holder. */
void fq_queue_set_lock_timeout(fq_queue_t *q, int64_t lock_timeout_ns);
void fq_queue_close(fq_queue_t *q);

/* Largest payload a frame holds. */
size_t fq_queue_max_payload(const fq_queue_t *q);

/*
 * What pop()/shift()/reserve() can take in the state st (the handle's, or one
 * fq_queue_stat() returned): in a job queue, not the jobs handed out and not
 * given back.
 */
static inline uint64_t fq_state_waiting(const fq_queue_t *q, const fq_state_t *st)
{
	return st->tail - (q->jobs ? st->rhead - st->released : st->head);
}

/* Takes / releases the exclusive lock; nested calls only count. */
int fq_queue_lock(fq_queue_t *q, fq_error_t *err);
int fq_queue_unlock(fq_queue_t *q, fq_error_t *err);

/*
 * fq_queue_lock() that also reports the file's size (RAW: what the seed
 * functions need; one lseek(), or, when the watch is not quiet, the statx()
 * of the path that checks it still names the file).
 */
int fq_queue_lock_size(fq_queue_t *q, uint64_t *size, fq_error_t *err);

int fq_queue_push(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err);

/*
 * A delayed frame (framed format, plain or job queue): invisible to pop,
 * shift and reserve until delay_ns from now (wall clock), then appended at the
 * tail as a push at that time would have (delay.c). No cursor exists before
 * then. FQ_ESTATE on a RAW queue.
 */
int fq_queue_push_delayed(fq_queue_t *q, const void *data, size_t len, int64_t delay_ns, fq_error_t *err);

/* The delayed frames not yet due: how many, and the earliest due time (wall clock ns; 0 when none). */
int fq_queue_delayed(fq_queue_t *q, uint64_t *count, int64_t *next_ns, fq_error_t *err);

/*
 * pop (newest) / shift (oldest): buf holds fq_queue_max_payload() bytes.
 * FQ_OK with *found = 0 when empty. RAW frames come trimmed: buf[*start, +*len).
 */
int fq_queue_pop(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err);
int fq_queue_shift(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err);

/* Addressed access; FQ_ENOENT when no frame lives at cursor. */
int fq_queue_read(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len, fq_error_t *err);
int fq_queue_write(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err);

int fq_queue_count(fq_queue_t *q, uint64_t *count, fq_error_t *err);
int fq_queue_clear(fq_queue_t *q, fq_error_t *err);

/* ---- job queues (FQ_QUEUE_JOBS; jobs.c) ----------------------------------- */

/* A job this process was handed by fq_queue_reserve(): what ack and release name. */
typedef struct fq_job {
	uint64_t id;        /* unique for the file's life */
	uint32_t attempts;  /* hand-outs so far, this one included */
	uint64_t index;     /* frame index */
	/* filled by fq_queue_held_jobs() only */
	long holder;        /* the holder's pid (0: unknown, its envelope was torn) */
	int orphaned;       /* the holder is gone or past its visibility: handed out by the next reserve() */
} fq_job_t;

/* The window of handed-out jobs, counted (stats()). */
typedef struct fq_jobs_census {
	uint64_t held;      /* by a live holder, within its deadline */
	uint64_t released;  /* given back, to be handed out again */
	uint64_t lost;      /* held by a process that is gone, or past the deadline: handed out again next */
	uint64_t dead;      /* set aside after max_attempts hand-outs */
} fq_jobs_census_t;

/* Called for each dead letter; non-zero stops the walk (FQ_ECALLER). Must not call the queue. */
typedef int (*fq_jobs_visit_t)(void *ctx, const fq_job_t *job, const unsigned char *data, size_t len);

/*
 * Hands out the oldest available job and keeps it held by this process
 * (pid + start time) until fq_queue_ack()/fq_queue_release(); a job whose
 * holder is gone or past its visibility (ns; 0: none) is available again. A
 * job handed out max_attempts times (0: no limit) is set aside as a dead
 * letter instead. buf holds fq_queue_max_payload() bytes; *found = 0 when
 * there is nothing. FQ_ESTATE on a file that is not a job queue.
 */
int fq_queue_reserve(fq_queue_t *q, int64_t visibility_ns, uint32_t max_attempts, unsigned char *buf, size_t *len,
                     fq_job_t *job, int *found, fq_error_t *err);
/* Removes / gives back a job this process holds; FQ_ESTATE when it holds it no more. */
int fq_queue_ack(fq_queue_t *q, const fq_job_t *job, fq_error_t *err);
int fq_queue_release(fq_queue_t *q, const fq_job_t *job, fq_error_t *err);
int fq_queue_jobs_census(fq_queue_t *q, fq_jobs_census_t *c, fq_error_t *err);
/* The dead letters, oldest first (buf: fq_queue_max_payload() bytes); requeue puts them back at the tail. */
int fq_queue_dead_letters(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err);
int fq_queue_requeue_dead(fq_queue_t *q, unsigned char *buf, uint64_t *moved, fq_error_t *err);
/* The jobs handed out and not yet acknowledged or released, oldest first: held, or orphaned (their holder gone). */
int fq_queue_held_jobs(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err);

/*
 * Boot state: raw bytes (the binding serializes), at most
 * fq_queue_boot_capacity() of them. fq_queue_boot_size() says how many there
 * are now; under the caller's lock, a fq_queue_boot_read() into a buffer of
 * that size follows.
 */
size_t fq_queue_boot_capacity(const fq_queue_t *q);
int fq_queue_boot_size(fq_queue_t *q, size_t *len, fq_error_t *err);
int fq_queue_boot_read(fq_queue_t *q, unsigned char *buf, size_t cap, size_t *len, fq_error_t *err);
int fq_queue_boot_write(fq_queue_t *q, const void *data, size_t len, fq_error_t *err);

/* Snapshot of the state and the file's size (taken under the lock). */
int fq_queue_stat(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err);

/*
 * Blocks until the queue holds a frame (1 in *ready), or deadline_ns on the
 * monotonic clock passes (0 in *ready); deadline_ns < 0 waits for ever.
 * FQ_EINTR when a signal arrived (err->sys_errno EINTR) or a sleep slice (at
 * most 250 ms) ended (ETIMEDOUT): run the PHP signal handlers and call again
 * with the same deadline, or stop after a signal.
 */
int fq_queue_wait(fq_queue_t *q, int64_t deadline_ns, int *ready, fq_error_t *err);

/* "robust mutex", or "flock" ("LockFileEx" on Windows): what serialises this queue's operations. */
const char *fq_queue_lock_kind(const fq_queue_t *q);

#endif /* FQ_CORE_QUEUE_H */
