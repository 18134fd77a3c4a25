/*
 * The framed format (see queue.h for the layout): a 4096-byte header with two
 * commit slots, frames with a length and a CRC32C, the file mapped and grown
 * in steps, the robust mutex of the lock layer in the header, and wait() on a
 * futex word in the header.
 */
#include "platform.h"
#include "framed.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "crc32c.h"
#include "delay.h"
#include "fdio.h"
#include "framed_region.h"
#include "guard.h"
#include "hooks.h"
#include "jobs.h"
#include "os.h"

/* The path is compared with the open file at most this often. */
#define FQ_RECHECK_NS     100000000LL

/* The file grows by doubling, at least 64 KiB and at most 64 MiB at a time. */
#define FQ_GROW_MIN       (64u << 10)
#define FQ_GROW_MAX       (64u << 20)

/* Damaged frames one pop or shift drops at the most before it reports them (bounded work under the lock). */
#define FQ_DROP_MAX       65536

/* Hole punching and shrinking keep a long-lived FIFO file from growing without bound. */
#define FQ_PUNCH_CHUNK    (1u << 20)
#define FQ_SHRINK_BYTES   (64u << 20)

static size_t fq_framed_max_payload(const fq_queue_t *q)
{
	return q->frame_size - fq_framed_overhead(q);
}

static uint64_t fq_frame_offset(const fq_queue_t *q, uint64_t index)
{
	return FQ_HEADER_SIZE + index * (uint64_t) q->frame_size;
}

static int fq_sync(fq_queue_t *q, fq_error_t *err)
{
	return fq_framed_sync(q, err);
}

/*
 * Maps the frames up to file offset need. Mapping past the end of the file is
 * allowed; touching it is not, so only frames below the state's hwm are used.
 * The header has its own mapping that never moves: a robust mutex must stay at
 * the address its holder registered.
 */
static int fq_map_frames(fq_queue_t *q, uint64_t need, fq_error_t *err)
{
	uint64_t want = need > FQ_HEADER_SIZE ? need - FQ_HEADER_SIZE : 0, len = q->frameslen;
	unsigned char *map = q->frames;
	int rc;

	if (want <= q->frameslen) {
		return FQ_OK;
	}
	if (len < FQ_GROW_MIN) {
		len = FQ_GROW_MIN;
	}
	while (len < want && len < FQ_GROW_MAX) {
		len *= 2;
	}
	if (len < want) {
		/* past 64 MiB in steps of 64 MiB: counted, not looped (a damaged state may ask for petabytes) */
		len += (want - len + FQ_GROW_MAX - 1) / FQ_GROW_MAX * FQ_GROW_MAX;
	}
	if (len > (uint64_t) SIZE_MAX / 4) {
		return fq_error_set(err, FQ_ETOOBIG, "queue '%s' is too large to map (%llu bytes)",
			q->path, (unsigned long long) need);
	}
	rc = map != NULL ? fq_map_grow(q->fd, q->path, FQ_HEADER_SIZE, &map, q->frameslen, (size_t) len, err)
		: fq_map(q->fd, q->path, FQ_HEADER_SIZE, (size_t) len, &map, err);
	if (rc != FQ_OK) {
		return rc;
	}
	q->frames = map;
	q->frameslen = (size_t) len;
	return FQ_OK;
}

static int fq_map_header(fq_queue_t *q, fq_error_t *err)
{
	return fq_map(q->fd, q->path, 0, FQ_HEADER_SIZE, &q->map, err);
}

/* ---- opening and locking --------------------------------------------- */

static int fq_framed_lock(fq_queue_t *q, uint64_t *size, fq_error_t *err);
static int fq_framed_unlock(fq_queue_t *q, fq_error_t *err);

#ifdef FQ_LOCK_HAVE_MUTEX
/* Whether the file's mode lets users other than its owner write it (group or others); *mode: its permissions. */
static int fq_framed_shared_writable(fq_queue_t *q, int *shared, unsigned int *mode, fq_error_t *err)
{
	struct stat st;

	if (fstat(q->fd, &st) != 0) {
		return fq_error_sys(err, errno, "fstat", q->path);
	}
	*shared = (st.st_mode & (S_IWGRP | S_IWOTH)) != 0;
	*mode = (unsigned int) st.st_mode & 07777;
	return FQ_OK;
}
#endif

/* Checks (or creates) the header, maps it and the frames, sets up or finds the lock, and checks the state under it. */
static int fq_framed_open(fq_queue_t *q, fq_error_t *err)
{
	uint64_t size;
	int rc, alone = 1, tries;
#ifdef FQ_LOCK_HAVE_MUTEX
	int shared = 0;
	unsigned int mode = 0;
	uint32_t kind;
#endif

	for (tries = 0; ; tries++) {
#ifdef FQ_LOCK_HAVE_MUTEX
		rc = fq_lock_open(q->fd, q->path, q->lock_timeout_ns, &alone, err);
#else
		rc = fq_lock_ex(q->fd, NULL, q->path, q->lock_timeout_ns, err);
#endif
		if (rc != FQ_OK) {
			return rc;
		}
		rc = fq_io_size(q->fd, q->path, &size, NULL, err);
		if (rc == FQ_OK && !alone && size < FQ_HEADER_SIZE && tries < 50) {
			/* Held shared by someone, yet no header: a creator died. Look again. */
			fq_lock_drop(q->fd, q->path, err);
			fq_os_sleep_ns(1000000);
			continue;
		}
		if (rc == FQ_OK) {
			rc = fq_framed_header_check(q, size, err);
		}
		if (rc == FQ_OK) {
			rc = fq_io_size(q->fd, q->path, &size, NULL, err);
		}
		if (rc == FQ_OK) {
			rc = fq_map_header(q, err);
		}
		if (rc == FQ_OK) {
			rc = fq_framed_load_state(q, err);
		}
		if (rc == FQ_OK) {
			rc = fq_map_frames(q, size, err);
		}

#ifdef FQ_LOCK_HAVE_MUTEX
		if (rc == FQ_OK) {
			rc = fq_framed_shared_writable(q, &shared, &mode, err);
		}
		/*
		 * The kind of lock is the file's, written in its lock area, so that
		 * every opener uses the same one whatever the mode was when each
		 * looked. Others may write the file: its mutex is theirs to craft, and
		 * glibc writes through the pointers a robust mutex holds (its list of
		 * held mutexes) when it unlocks; so such a file is locked with flock
		 * per call, and stays so (flock's users hold nothing between calls:
		 * an opener could not tell they are there to change it back).
		 */
		kind = q->map != NULL ? fq_get32(q->map + FQ_OFF_LOCKMAGIC) : 0;
		if (rc == FQ_OK && (kind == FQ_FLOCK_MAGIC || (shared && (alone || kind != FQ_LOCK_MAGIC)))) {
			if (alone && kind != FQ_FLOCK_MAGIC) {
				fq_put32(q->map + FQ_OFF_LOCKMAGIC, FQ_FLOCK_MAGIC);  /* no mutex user has it open */
			}
			rc = fq_lock_drop(q->fd, q->path, err);
		} else if (rc == FQ_OK && shared && kind == FQ_LOCK_MAGIC) {
			/* Made for its owner alone, made writable by others since, and open with its mutex meanwhile. */
			rc = fq_error_set(err, FQ_ESTATE,
				"queue '%s' is open in processes that lock it with its mutex, which is for a file only its owner "
				"may write, and others may write it now (mode %04o): it is locked with flock once no process has "
				"it open, or chmod it back", q->path, mode);
		} else if (rc == FQ_OK && alone) {
			q->recount = q->jobs;
			rc = fq_framed_mutex_init(q, err);
			if (rc == FQ_OK) {
				rc = fq_lock_share(q->fd, q->path, err);
			}
		} else if (rc == FQ_OK) {
			if (fq_get32(q->map + FQ_OFF_LOCKMAGIC) != FQ_LOCK_MAGIC) {
				if (tries < 50) {
					/* Defensive: the opener that was alone sets it before it shares the file. */
					fq_lock_drop(q->fd, q->path, err);
					fq_unmap(q->map, FQ_HEADER_SIZE);
					q->map = NULL;
					fq_os_sleep_ns(1000000);
					continue;
				}
				rc = fq_error_set(err, FQ_ECORRUPT, "queue '%s' has no initialised lock", q->path);
			} else {
				q->mutex = q->map + FQ_OFF_MUTEX;
			}
		}
#else
		if (rc == FQ_OK) {
			rc = fq_lock_drop(q->fd, q->path, err);
		}
#endif
		if (rc == FQ_OK) {
			/*
			 * Whether the file holds the frames its state claims is judged
			 * under the queue's lock: the state and the size above were read
			 * without it (another process may have grown, or rewound and
			 * shrunk, the file in between).
			 */
			q->checked_ns = fq_now_ns() - FQ_RECHECK_NS;
			rc = fq_framed_lock(q, NULL, err);
			if (rc == FQ_OK) {
				rc = fq_framed_unlock(q, err);
			}
		}
		return rc;
	}
}

static void fq_framed_let_go(fq_queue_t *q);

static void fq_framed_close(fq_queue_t *q)
{
	if (q->held) {
		fq_framed_let_go(q);
	}
	if (q->frames != NULL) {
		fq_unmap(q->frames, q->frameslen);
		q->frames = NULL;
		q->frameslen = 0;
	}
	if (q->map != NULL) {
		fq_unmap(q->map, FQ_HEADER_SIZE);
		q->map = NULL;
	}
	q->mutex = NULL;
	q->wake = 0;
	memset(&q->st, 0, sizeof(q->st));
	fq_delay_forget(q);  /* another file may reuse these generations */
}

/*
 * No system call at all in the common case: the mutex is a compare-and-swap,
 * the state a memory read. The path is compared with the open file every
 * FQ_RECHECK_NS, and the file's size with the state then.
 */
static int fq_framed_lock(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	fq_lock_id_t id = {q->dev, q->ino};
	fq_error_t scratch;
	uint64_t path_size = 0, recovered;
	int64_t now = fq_now_ns();
	uint64_t need;
	int rc, recheck = 0;

	if (now - q->checked_ns >= FQ_RECHECK_NS) {
		rc = fq_queue_same_file(q, &path_size, err);
		if (rc <= 0) {
			return rc < 0 ? rc : FQ_EREOPEN;  /* deleted or replaced under us: open what the path names now */
		}
		if (path_size < FQ_HEADER_SIZE) {
			/* Not even the header (and the mutex in it) is left: never touch the mapping. */
			return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: truncated to %llu bytes",
				q->path, (unsigned long long) path_size);
		}
		recheck = 1;  /* and the time of this check kept only once it passed: a failed check looks again next call */
	}
	recovered = q->recovered;
	rc = fq_lock_acquire(q->fd, q->mutex, &id, q->path, q->lock_timeout_ns, &q->recovered, err);
	if (rc != FQ_OK) {
		return rc;
	}
	q->held = q->mutex != NULL;
	rc = fq_framed_load_state(q, err);
	need = FQ_HEADER_SIZE + q->st.hwm * q->frame_size;
	if (rc == FQ_OK && (recheck || need > FQ_HEADER_SIZE + q->frameslen)) {
		/*
		 * A state that claims more frames than the file holds (damaged, or the
		 * file cut shorter by something other than a queue) must not be mapped
		 * or touched. Compared under the lock with the state just loaded:
		 * another handle's clear() or rewind may have shrunk the file
		 * legitimately since this handle's last call. Looked at when the state
		 * grew past what is mapped, and every FQ_RECHECK_NS; a cut in between
		 * is the guard's (guard.h).
		 */
		rc = fq_io_size(q->fd, q->path, &path_size, NULL, err);
		if (rc == FQ_OK && path_size < need) {
			rc = fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: %llu bytes cannot hold its %llu frames",
				q->path, (unsigned long long) path_size, (unsigned long long) q->st.hwm);
		}
		if (rc == FQ_OK && recheck) {
			q->checked_ns = now;
		}
	}
	if (rc == FQ_OK && need > FQ_HEADER_SIZE + q->frameslen) {
		/* Another process grew the file: map what the state says exists. */
		rc = fq_map_frames(q, need, err);
	}
	if (rc == FQ_OK && q->jobs && (q->recovered != recovered || q->recount)) {
		rc = fq_jobs_recount(q, err);
		q->recount = rc != FQ_OK;
	}
	if (rc == FQ_OK && size != NULL) {
		rc = fq_io_size(q->fd, q->path, size, NULL, err);
	}
	if (rc != FQ_OK) {
		q->held = 0;
		fq_lock_release(q->fd, q->mutex, &id, q->path, &scratch);
	}
	return rc;
}

static int fq_framed_unlock(fq_queue_t *q, fq_error_t *err)
{
	fq_lock_id_t id = {q->dev, q->ino};
	int rc;

	q->held = 0;
	rc = fq_lock_release(q->fd, q->mutex, &id, q->path, err);
	if (q->wake) {
		/*
		 * After the lock, not under it: a sleeper woken while the pusher still
		 * held the lock would only sleep again on the lock (a second wake-up
		 * per hand-off). A waiter registers under the lock and compares the
		 * wake word, so a bump after the unlock is never missed.
		 */
		q->wake = 0;
		fq_framed_wake(q);
	}
	return rc;
}

/*
 * Closing while holding the mutex (the file was cut under a call, or a handle
 * went away inside its transaction). glibc keeps a robust mutex its thread
 * holds on the thread's list, inside the mutex itself, and writes through that
 * list at the next lock of any robust mutex: unmapped memory there is a crash.
 * So the mutex is unlocked first; when the header is no longer in the file,
 * its address is given anonymous memory instead and never unmapped (4 KiB
 * kept per such loss), so what glibc's list points at stays writable.
 */
static void fq_framed_let_go(fq_queue_t *q)
{
	static const size_t header_len = FQ_HEADER_SIZE;
	fq_lock_id_t id = {q->dev, q->ino};
	fq_error_t scratch;
	fq_guard_t g;

	q->held = 0;
	if (!FQ_GUARD(&g, &q->map, &header_len, NULL, NULL)) {
		fq_lock_release(q->fd, q->mutex, &id, q->path, &scratch);
		fq_guard_leave(&g);
		return;
	}
	if (fq_map_keep(q->map, FQ_HEADER_SIZE) == 0) {
		q->map = NULL;  /* kept, on purpose */
	}
}

/* ---- frames ----------------------------------------------------------- */

/* The frame's checksum: over length and payload, and in a job queue the id between them. */
static uint32_t fq_frame_crc(const fq_queue_t *q, const unsigned char *p, const void *data, size_t len)
{
	uint32_t crc = fq_crc32c(0, p, 4);

	if (q->jobs) {
		crc = fq_crc32c(crc, p + FQ_JOB_OFF_ID, 8);
	}
	return fq_crc32c(crc, data, len);
}

/* Writes a frame's length, payload and checksum (a job queue's id must be in place already). */
static void fq_frame_put(fq_queue_t *q, uint64_t index, const void *data, size_t len)
{
	unsigned char *p = fq_framed_frame(q, index);

	fq_put32(p, (uint32_t) len);
	fq_put32(p + 4, fq_frame_crc(q, p, data, len));
	memcpy(p + fq_framed_overhead(q), data, len);
}

int fq_framed_frame_get(fq_queue_t *q, uint64_t index, unsigned char *buf, size_t *len)
{
	const unsigned char *p = fq_framed_frame(q, index);
	uint32_t flen = fq_get32(p);

	*len = 0;
	if (flen > fq_framed_max_payload(q)) {
		return 0;
	}
	if (fq_get32(p + 4) != fq_frame_crc(q, p, p + fq_framed_overhead(q), flen)) {
		return 0;
	}
	memcpy(buf, p + fq_framed_overhead(q), flen);
	*len = flen;
	return 1;
}

/* Makes room for more frames: blocks are reserved now, so a full disk is an error here, not a fault later. */
static int fq_grow(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	uint64_t fs = q->frame_size, step = st->hwm, from, to;
	int rc, moved;

	if (step * fs < FQ_GROW_MIN) {
		step = (FQ_GROW_MIN + fs - 1) / fs;
	}
	if (step * fs > FQ_GROW_MAX) {
		step = FQ_GROW_MAX / fs > 0 ? FQ_GROW_MAX / fs : 1;
	}
	from = FQ_HEADER_SIZE + st->hwm * fs;
	to = from + step * fs;
	/* A region in the way is copied past the new frames, and the state that says so committed, before a frame is written over it. */
	rc = fq_region_clear_of(q, st, to, &moved, err);
	if (rc == FQ_OK && moved) {
		rc = fq_framed_commit(q, st, err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	rc = fq_io_allocate(q->fd, q->path, from, to, err);
	if (rc != FQ_OK) {
		return rc;
	}
	FQ_HOOK("grow:after-allocate");
	rc = fq_map_frames(q, to, err);
	if (rc == FQ_OK) {
		st->hwm += step;
	}
	return rc;
}

/*
 * Called when the queue has just become empty: start again at the front.
 * Returns 1 when the file should also be cut back to its header, which the
 * caller does only after committing st: a crash between the two then leaves
 * an empty queue in a long file, never a state whose frames the file lost.
 */
static int fq_rewind(fq_queue_t *q, fq_state_t *st)
{
	st->head = st->tail = st->rhead = st->released = 0;
	if (st->punched || st->hwm * (uint64_t) q->frame_size > FQ_SHRINK_BYTES) {
		/* Holes must not be written through the mapping: give the space back and grow anew. */
		st->hwm = 0;
		st->punched = 0;
		return 1;
	}
	return 0;
}

/* Cuts the file back to its header (and regions) after a committed rewind. Best effort:
 * the frames are already gone from the state, and a file left long (holes
 * included) is filled again by fallocate when the queue grows. */
static void fq_shrink(fq_queue_t *q)
{
	fq_error_t scratch;

	FQ_HOOK("rewind:before-truncate");
	if (q->st.region[0] != 0 || q->st.region[1] != 0) {
		fq_region_settle(q);
		return;
	}
	(void) fq_io_shrink(q->fd, q->path, FQ_HEADER_SIZE, &scratch);
}

/*
 * Gives back the disk blocks of frames that head has left behind: [*from, *to).
 * Returns 1 when there is such a range. The caller marks the state punched,
 * commits it, and only then punches: a frame still inside the committed state
 * must never lose its blocks (a crash between punch and commit would turn the
 * oldest frame into zeros, dropped as torn).
 */
static int fq_punch_range(fq_queue_t *q, const fq_state_t *st, uint64_t old_head, uint64_t *from, uint64_t *to)
{
	*from = fq_frame_offset(q, old_head) / FQ_PUNCH_CHUNK * FQ_PUNCH_CHUNK;
	*to = fq_frame_offset(q, st->head) / FQ_PUNCH_CHUNK * FQ_PUNCH_CHUNK;
	if (*from < FQ_HEADER_SIZE) {
		*from = FQ_HEADER_SIZE;
	}
	return fq_io_can_punch() && *to > *from;
}

/* ---- operations (under the lock) --------------------------------------- */

int fq_framed_room(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	return st->tail == st->hwm ? fq_grow(q, st, err) : FQ_OK;
}

void fq_framed_seal(fq_queue_t *q, fq_state_t *st, size_t len)
{
	unsigned char *p = fq_framed_frame(q, st->tail);

	if (q->jobs) {
		/* A fresh envelope: the next id, no holder, its own checksum. */
		memset(p + FQ_JOB_OFF_ID, 0, FQ_JOB_OVERHEAD - FQ_JOB_OFF_ID);
		fq_put64(p + FQ_JOB_OFF_ID, st->pushed + 1);
		fq_put32(p + FQ_JOB_OFF_MCRC, fq_job_envelope_crc(p));
	}
	fq_put32(p, (uint32_t) len);
	fq_put32(p + 4, fq_frame_crc(q, p, p + fq_framed_overhead(q), len));
	st->tail++;
	st->pushed++;
}

int fq_framed_append(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err)
{
	fq_state_t st = q->st;
	int rc = fq_framed_room(q, &st, err);

	if (rc == FQ_OK) {
		FQ_HOOK("push:before-frame");
		*cursor = fq_frame_offset(q, st.tail);
		memcpy(fq_framed_frame(q, st.tail) + fq_framed_overhead(q), data, len);
		fq_framed_seal(q, &st, len);
		FQ_HOOK("push:after-frame");
		if (q->flags & FQ_QUEUE_SYNC) {
			rc = fq_sync(q, err);  /* the frame is on disk before the slot that points at it */
		}
	}
	if (rc == FQ_OK) {
		rc = fq_framed_commit(q, &st, err);
		q->wake = 1;  /* at the unlock */
	}
	return rc;
}

static int fq_framed_push(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err)
{
	/* Frames that fell due are older than this one: they go first. */
	int rc = fq_delay_promote(q, err);

	return rc == FQ_OK ? fq_framed_append(q, data, len, cursor, err) : rc;
}

int fq_framed_commit_taken(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	uint64_t punch_from = 0, punch_to = 0;
	int rc, shrink = 0, punch = 0;

	if (st->head == st->tail) {
		if (st->head != 0) {
			shrink = fq_rewind(q, st);
		}
	} else if (st->head > q->st.head && fq_punch_range(q, st, q->st.head, &punch_from, &punch_to)) {
		st->punched = 1;
		punch = 1;
	}
	FQ_HOOK("take:before-commit");
	rc = fq_framed_commit(q, st, err);
	if (rc == FQ_OK && shrink) {
		fq_shrink(q);
	}
	if (rc == FQ_OK && punch) {
		fq_io_punch(q->fd, punch_from, punch_to);  /* best effort: punched stays set where it cannot */
	}
	return rc;
}

static int fq_framed_take(fq_queue_t *q, int newest, unsigned char *buf, size_t *start, size_t *len, int *found,
                          fq_error_t *err)
{
	fq_state_t st;
	int rc = fq_delay_promote(q, err), ok = 0;

	*start = 0;
	if (rc != FQ_OK) {
		return rc;
	}
	st = q->st;
	if (q->jobs) {
		return fq_jobs_take(q, newest, buf, len, found, err);
	}
	while (st.tail > st.head && !ok) {
		if (st.dropped - q->st.dropped >= FQ_DROP_MAX) {
			/* Bounded work under the lock: what was dropped so far is committed, the rest is left for the next call. */
			rc = fq_framed_commit(q, &st, err);
			return rc != FQ_OK ? rc : fq_error_set(err, FQ_ECORRUPT,
				"queue '%s' is corrupt: %u damaged frames dropped in one call, more remain", q->path, (unsigned) FQ_DROP_MAX);
		}
		ok = fq_framed_frame_get(q, newest ? st.tail - 1 : st.head, buf, len);
		if (newest) {
			st.tail--;
		} else {
			st.head++;
		}
		if (ok) {
			st.popped++;
		} else {
			st.dropped++;  /* torn: never returned, dropped under the lock */
		}
	}
	if (st.head != q->st.head || st.tail != q->st.tail) {
		rc = fq_framed_commit_taken(q, &st, err);
		*found = ok && rc == FQ_OK;
	}
	return rc;
}

/* The frame index of a cursor, and whether a frame lives there. */
static int fq_cursor_index(fq_queue_t *q, uint64_t cursor, uint64_t *index, fq_error_t *err)
{
	if (cursor < FQ_HEADER_SIZE || (cursor - FQ_HEADER_SIZE) % q->frame_size != 0) {
		return fq_error_set(err, FQ_EARG, "cursor %llu is not the start of a frame of '%s'",
			(unsigned long long) cursor, q->path);
	}
	*index = (cursor - FQ_HEADER_SIZE) / q->frame_size;
	if (*index < q->st.head || *index >= q->st.tail || (q->jobs && !fq_jobs_visible(q, *index))) {
		return fq_error_set(err, FQ_ENOENT, "no frame at cursor %llu of '%s'", (unsigned long long) cursor, q->path);
	}
	return FQ_OK;
}

static int fq_framed_read(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len,
                          fq_error_t *err)
{
	uint64_t index;
	int rc = fq_cursor_index(q, cursor, &index, err);

	*start = 0;
	if (rc == FQ_OK && !fq_framed_frame_get(q, index, buf, len)) {
		rc = fq_error_set(err, FQ_ECORRUPT, "frame at cursor %llu of '%s' is damaged (checksum mismatch)",
			(unsigned long long) cursor, q->path);
	}
	return rc;
}

static int fq_framed_write(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err)
{
	uint64_t index;
	int rc = fq_cursor_index(q, cursor, &index, err);

	if (rc == FQ_OK) {
		fq_frame_put(q, index, data, len);
		if (q->flags & FQ_QUEUE_SYNC) {
			rc = fq_sync(q, err);
		}
	}
	return rc;
}

static int fq_framed_count(fq_queue_t *q, uint64_t *count, fq_error_t *err)
{
	int rc = fq_delay_promote(q, err);

	*count = fq_state_waiting(q, &q->st);
	return rc;
}

static int fq_framed_clear(fq_queue_t *q, fq_error_t *err)
{
	/* The state first: a crash after it leaves an empty queue in a long file, never the reverse. */
	fq_state_t prev = q->st, st = q->st;
	int rc;

	st.head = st.tail = st.hwm = st.rhead = st.released = 0;
	st.punched = 0;
	fq_delay_clear(&st);
	rc = fq_framed_commit(q, &st, err);
	if (rc == FQ_OK && (st.region[0] != 0 || st.region[1] != 0)) {
		fq_region_settle(q);  /* the regions stay: moved down, the file cut after them */
	} else if (rc == FQ_OK) {
		FQ_HOOK("clear:before-truncate");
		rc = fq_io_shrink(q->fd, q->path, FQ_HEADER_SIZE, err);
		if (rc != FQ_OK) {
			fq_framed_rollback(q, &prev);  /* the file is whole: the queue stays as it was */
		}
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	return rc;
}

static size_t fq_framed_boot_size(fq_queue_t *q)
{
	return q->st.boot_len;
}

static int fq_framed_boot_read(fq_queue_t *q, unsigned char *buf, size_t *len, fq_error_t *err)
{
	int rc;

	if (q->st.boot_len == 0) {
		return FQ_OK;
	}
	if (q->st.boot_area == FQ_BOOT_IN_REGION) {
		uint64_t rlen;

		rc = fq_region_len_of(q, &q->st, FQ_REGION_BOOT, &rlen, err);
		if (rc == FQ_OK) {
			rc = fq_region_read(q, q->st.region[FQ_REGION_BOOT], 0, buf, q->st.boot_len, err);
		}
		if (rc != FQ_OK) {
			return rc;
		}
	} else {
		memcpy(buf, q->map + FQ_OFF_BOOT + q->st.boot_area * FQ_BOOT_MAX, q->st.boot_len);
	}
	if (fq_crc32c(0, buf, q->st.boot_len) != q->st.boot_crc) {
		return fq_error_set(err, FQ_ECORRUPT, "boot frame of '%s' is damaged (checksum mismatch)", q->path);
	}
	*len = q->st.boot_len;
	return FQ_OK;
}

/*
 * Into the header area the current slot does not point at, or, past
 * FQ_BOOT_MAX bytes, into a new region that overlaps the current one nowhere;
 * the commit flips to it.
 */
static int fq_framed_boot_write(fq_queue_t *q, const void *data, size_t len, fq_error_t *err)
{
	fq_state_t st = q->st;
	uint64_t off = 0, before = q->st.region[FQ_REGION_BOOT];
	int rc = FQ_OK;

	st.boot_len = (uint32_t) len;
	st.boot_crc = fq_crc32c(0, data, len);
	FQ_HOOK("boot:before-area");
	if (len <= FQ_BOOT_MAX) {
		st.boot_area = q->st.boot_area == FQ_BOOT_IN_REGION ? 0 : q->st.boot_area ^ 1;
		st.region[FQ_REGION_BOOT] = 0;
		memcpy(q->map + FQ_OFF_BOOT + st.boot_area * FQ_BOOT_MAX, data, len);
	} else {
		st.boot_area = FQ_BOOT_IN_REGION;
		rc = fq_region_place(q, &q->st, (uint64_t) len + FQ_REGION_HEAD, &off, err);
		if (rc == FQ_OK) {
			rc = fq_region_write(q, off, data, len, err);
		}
		st.region[FQ_REGION_BOOT] = off;
	}
	FQ_HOOK("boot:after-area");
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	if (rc == FQ_OK) {
		rc = fq_framed_commit(q, &st, err);
	}
	if (rc == FQ_OK && before != 0 && st.region[FQ_REGION_BOOT] == 0) {
		/* Back in the header: the file is cut after the frames. A region replaced by another stays
		 * until then (at most one more copy: the next write takes the lowest place free, often its own). */
		fq_region_trim(q);
	}
	return rc;
}

static int fq_framed_stat(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err)
{
	int rc = fq_delay_promote(q, err);

	if (rc != FQ_OK) {
		return rc;
	}
	*st = q->st;
	return fq_io_size(q->fd, q->path, file_size, NULL, err);
}

/* ---- waiting ----------------------------------------------------------- */

/* Not ready: become a waiter on the wake word as it is now, so that a push after the lock goes wakes the sleep. */
static int fq_framed_ready(fq_queue_t *q, int *ready, fq_wait_t *w, fq_error_t *err)
{
	uint64_t delayed;
	int rc = fq_delay_promote(q, err);

	if (rc == FQ_OK) {
		/* the sleep ends by the next due time (the caller bounds it), with no push to wake it */
		rc = fq_delay_status(q, &delayed, &w->due_ns, err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	*ready = q->jobs ? fq_jobs_ready(q) : q->st.tail > q->st.head;
	if (!*ready) {
		w->signals = fq_os_signals;  /* before the look at the word: a signal after it is seen by the sleep */
		w->seen = fq_wake_enter(q->map + FQ_OFF_WAKE, q->map + FQ_OFF_WAITERS);
		w->registered = 1;
	}
	return FQ_OK;
}

static void fq_framed_end(fq_queue_t *q, fq_wait_t *w)
{
	if (w->registered) {
		fq_wake_leave(q->map + FQ_OFF_WAITERS);
		w->registered = 0;
	}
}

static int fq_framed_sleep(fq_queue_t *q, fq_wait_t *w, int64_t slice_ns)
{
	/* the one sleeper of the file: a hand-off between two processes, worth a short watch before the sleep */
	int alone = fq_get32(q->map + FQ_OFF_WAITERS) == 1;
	int waited = fq_wake_sleep(q->dev, q->ino, q->map + FQ_OFF_WAKE, w->seen, slice_ns, alone, w->signals);

	fq_framed_end(q, w);
	return waited;
}

const fq_format_t fq_format_framed = {
	fq_framed_max_payload, FQ_BOOT_REGION_MAX,
	fq_framed_open, fq_framed_close, fq_framed_lock, fq_framed_unlock,
	fq_framed_push, fq_framed_take, fq_framed_read, fq_framed_write, fq_framed_count, fq_framed_clear,
	fq_framed_boot_size, fq_framed_boot_read, fq_framed_boot_write, fq_framed_stat,
	fq_framed_ready, fq_framed_sleep, fq_framed_end,
};
