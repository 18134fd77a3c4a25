/*
 * Inside the framed format: the header's layout and what framed.c asks of
 * framed_header.c (the commit slots, creating and checking the header, the
 * lock and the wake word that live in it). Native byte order; the version
 * word doubles as a byte-order check.
 */
#ifndef FQ_CORE_FRAMED_H
#define FQ_CORE_FRAMED_H

#include <stdint.h>
#include <string.h>

#include "crc32c.h"
#include "format.h"
#include "lock.h"

#define FQ_OFF_VERSION    8
#define FQ_OFF_HDRSIZE    12
#define FQ_OFF_FRAMESIZE  16
#define FQ_OFF_FLAGS      20
#define FQ_OFF_HCRC       24
#define FQ_OFF_SLOTS      32
#define FQ_SLOT_SIZE      128
#define FQ_OFF_WAKE       288  /* u32 bumped on every push: the futex word of wait() */
#define FQ_OFF_WAITERS    292  /* u32 processes sleeping on it */
#define FQ_OFF_LOCKMAGIC  320  /* u32 FQ_LOCK_MAGIC once the mutex below is initialised */
#define FQ_OFF_MUTEX      384  /* pthread_mutex_t, up to 128 bytes */
#define FQ_OFF_BOOT       512  /* two boot areas of FQ_BOOT_MAX bytes */
#define FQ_BOOT_IN_REGION 2    /* boot_area: the boot state is in region FQ_REGION_BOOT (framed_region.h) */
#define FQ_VERSION        1
#define FQ_VERSION_JOBS   2    /* a job queue: frames carry a job envelope (below) */
#define FQ_SEQ_MAX        ((uint64_t) 1 << 62)  /* slot generations stop here (never reached: 2^62 commits) */
#define FQ_LOCK_MAGIC     0x4d545831u
#define FQ_FLOCK_MAGIC    0x464c4b31u  /* instead: locked with flock, for good (others may write the file, or once could) */

/*
 * A job queue's frame: u32 length, u32 CRC32C(length || id || payload), then
 * the envelope, then the payload. The id is fixed at push and checked with
 * the payload; the rest changes on every hand-out and has its own checksum, so
 * that a holder killed while writing it leaves an envelope that fails its
 * check: a job whose holder is unknown, handed out again, never lost.
 */
#define FQ_JOB_OFF_ID        8   /* u64 unique for the file's life */
#define FQ_JOB_OFF_PID       16  /* u32 holder's pid, 0 when none */
#define FQ_JOB_OFF_WORD      20  /* u32 attempts (low 24 bits) | state << 24 */
#define FQ_JOB_OFF_START     24  /* u64 holder's start time (clock ticks since boot) */
#define FQ_JOB_OFF_DEADLINE  32  /* i64 monotonic ns after which a live holder loses it; 0: never */
#define FQ_JOB_OFF_MCRC      40  /* u32 CRC32C of bytes 16..40 */
#define FQ_JOB_AVAILABLE     0   /* not held (pushed, or released) */
#define FQ_JOB_HELD          1
#define FQ_JOB_ACKED         2   /* done: head moves past it */
#define FQ_JOB_DEAD          3   /* handed out too often: set aside until requeued */
#define FQ_JOB_ATTEMPTS_MAX  0xffffffu

/* The envelope's own checksum: over its changing part, bytes 16..40 of the frame. */
static inline uint32_t fq_job_envelope_crc(const unsigned char *frame)
{
	return fq_crc32c(0, frame + FQ_JOB_OFF_PID, FQ_JOB_OFF_MCRC - FQ_JOB_OFF_PID);
}

/* The mutex's room in the header. */
typedef char fq_mutex_fits[FQ_LOCK_MUTEX_SIZE <= FQ_OFF_BOOT - FQ_OFF_MUTEX ? 1 : -1];

static inline void fq_put32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }
static inline void fq_put64(unsigned char *p, uint64_t v) { memcpy(p, &v, 8); }
static inline uint32_t fq_get32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t fq_get64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* Reads the state from the commit slots into q->st (nothing to do when no one committed since). */
int fq_framed_load_state(fq_queue_t *q, fq_error_t *err);

/* Makes st the queue's state (the next slot written whole); with FQ_QUEUE_SYNC a failed fdatasync undoes it. */
int fq_framed_commit(fq_queue_t *q, fq_state_t *st, fq_error_t *err);

/* The file's data on disk: the mapped pages, then fdatasync (FQ_QUEUE_SYNC). */
int fq_framed_sync(fq_queue_t *q, fq_error_t *err);

/* Undoes the commit just made, under the same lock: prev again, with the next generation. */
void fq_framed_rollback(fq_queue_t *q, const fq_state_t *prev);

/* Wakes the processes sleeping in wait() on the header's wake word. */
void fq_framed_wake(fq_queue_t *q);

/* The header of a file of size bytes: written when the file is new (or a creator died before its magic), else checked. */
int fq_framed_header_check(fq_queue_t *q, uint64_t size, fq_error_t *err);

/* ---- shared by framed.c and jobs.c -------------------------------------- */

/* Bytes of a frame before its payload: 8, or FQ_JOB_OVERHEAD in a job queue. */
static inline size_t fq_framed_overhead(const fq_queue_t *q)
{
	return q->jobs ? FQ_JOB_OVERHEAD : 8;
}

static inline unsigned char *fq_framed_frame(const fq_queue_t *q, uint64_t index)
{
	return q->frames + (size_t) index * q->frame_size;
}

/* Copies the frame at index into buf; 0 when it is torn (oversize length or checksum mismatch). */
int fq_framed_frame_get(fq_queue_t *q, uint64_t index, unsigned char *buf, size_t *len);

/* Room for a frame at st->tail: the file grown (st names the new size) when the frames fill it. */
int fq_framed_room(fq_queue_t *q, fq_state_t *st, fq_error_t *err);

/*
 * The len bytes of payload already in place in the frame at st->tail become a
 * frame (a job queue's envelope fresh, with the next id; length, checksum);
 * st's tail and pushed move. Nothing is committed.
 */
void fq_framed_seal(fq_queue_t *q, fq_state_t *st, size_t len);

/* Appends a frame (growing the file) and commits; in a job queue with a fresh envelope and the next id. */
int fq_framed_append(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err);

/*
 * Commits st after head moved forward: when the queue became empty it starts
 * again at the front (and the file is cut back), else the blocks behind head
 * may be given back.
 */
int fq_framed_commit_taken(fq_queue_t *q, fq_state_t *st, fq_error_t *err);

/* Sets up the header's lock, for an opener that is alone with the file. */
int fq_framed_mutex_init(fq_queue_t *q, fq_error_t *err);

#endif /* FQ_CORE_FRAMED_H */
