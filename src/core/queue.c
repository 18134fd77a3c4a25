/*
 * The queue handle: its life (open, a fork, reopening a file that was deleted
 * or replaced), the lock's nesting, and each operation as lock, the format's
 * part (format.h: framed.c or raw.c), unlock. wait() is the one loop both
 * formats share.
 */
#include "platform.h"
#include "queue.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>

#include "crc32c.h"
#include "delay.h"
#include "fdio.h"
#include "format.h"
#include "guard.h"
#include "jobs.h"
#include "lock.h"
#include "os.h"
#include "path.h"

/* Bumped in every forked child: a handle opened before fork() must reopen its file. */
static volatile unsigned long fq_fork_generation;
static int fq_core_ready;

static void fq_atfork_child(void)
{
	fq_fork_generation++;
}

void fq_core_init(void)
{
	fq_crc32c_init();
	if (!fq_core_ready) {
		fq_os_atfork(fq_atfork_child);
		fq_core_ready = 1;
	}
}

unsigned long fq_queue_fork_generation(void)
{
	return fq_fork_generation;
}

size_t fq_queue_max_payload(const fq_queue_t *q)
{
	return q->fmt->max_payload(q);
}

size_t fq_queue_boot_capacity(const fq_queue_t *q)
{
	return q->fmt->boot_capacity;
}

int fq_queue_same_file(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	uint64_t dev, ino;
	int rc = fq_io_stat_path(q->path, size, &dev, &ino, err);

	if (rc == FQ_ENOENT) {
		return 0;
	}
	return rc != FQ_OK ? rc : ino == q->ino && dev == q->dev;
}

/* ---- opening ----------------------------------------------------------- */

static void fq_close_file(fq_queue_t *q)
{
	if (q->fd >= 0 && q->fork_gen != fq_fork_generation) {
		/*
		 * A child's copy of a handle its parent held locked: the lock is the
		 * parent's. Releasing its mutex would clear the parent's holder record
		 * (glibc refuses the unlock itself), and LOCK_UN would drop the flock
		 * of the file description both share; closing our descriptor does
		 * neither, and glibc gave the child an empty robust list to unmap under.
		 */
		q->held = 0;
	} else if (q->depth > 0) {
		fq_lock_id_t id = {q->dev, q->ino};

		fq_lock_forget(&id);  /* closing the descriptor drops a flock; a mutex is not ours once unmapped */
	}
	q->fmt->close(q);
	if (q->fd >= 0) {
		fq_io_close(q->fd);  /* drops the handle's flock too */
		q->fd = -1;
	}
	q->depth = 0;
}

static int fq_open_file(fq_queue_t *q, fq_error_t *err)
{
	fq_path_spec_t spec;
	fq_path_file_t file;
	int rc;

	/* The seed functions open what the path names, as the originals' fopen() did: never made, owner not judged. */
	spec.kind = FQ_PATH_FILE;
	spec.flags = O_RDWR;
	spec.create = !(q->flags & FQ_QUEUE_BYPATH);
	spec.mode = q->mode;
	spec.trust = !(q->flags & FQ_QUEUE_BYPATH);
	spec.interruptible = 0;
	rc = fq_path_open(q->path, &spec, &file, err);
	if (rc != FQ_OK) {
		return rc;
	}
	q->fd = file.fd;
	q->dev = file.dev;
	q->ino = file.ino;
	q->fork_gen = fq_fork_generation;
	q->checked_ns = fq_now_ns();
	rc = q->fmt->open(q, err);
	if (rc != FQ_OK) {
		fq_close_file(q);
	}
	return rc;
}

/* ---- the public calls, each under a guard (guard.h) --------------------- */

static const size_t fq_header_len = FQ_HEADER_SIZE;

/*
 * The file was cut shorter than its mapping while a call touched it (SIGBUS,
 * caught by the guard): the handle lets go of the file (the lock with it) and
 * the call reports it corrupt; the next call opens it again and checks it.
 */
static int fq_shrunk(fq_queue_t *q, fq_error_t *err)
{
	fq_close_file(q);
	return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: its file was cut shorter than its frames while in use",
		q->path);
}

#define FQ_GUARDED(q, err, call) \
	do { \
		fq_guard_t guard_; \
		int rc_; \
		if ((q)->fmt == &fq_format_raw) { \
			return (call);  /* RAW maps nothing: a cut file is a short read, not a fault */ \
		} \
		if (FQ_GUARD(&guard_, &(q)->map, &fq_header_len, &(q)->frames, &(q)->frameslen)) { \
			return fq_shrunk((q), (err)); \
		} \
		rc_ = (call); \
		fq_guard_leave(&guard_); \
		return rc_; \
	} while (0)

void fq_queue_set_lock_timeout(fq_queue_t *q, int64_t lock_timeout_ns)
{
	q->lock_timeout_ns = lock_timeout_ns;
}

int fq_queue_open(fq_queue_t *q, const char *path, uint32_t frame_size, int flags,
                  unsigned int mode, int64_t lock_timeout_ns, fq_error_t *err)
{
	uint32_t min = (flags & FQ_QUEUE_RAW) ? 1 : (flags & FQ_QUEUE_JOBS) ? FQ_JOB_OVERHEAD + 1 : FQ_FRAME_OVERHEAD + 1;

	if (frame_size == 0 && (flags & FQ_QUEUE_RAW)) {
		frame_size = FQ_FRAME_SIZE_DEFAULT;  /* a RAW file does not say its frame size */
	}

	memset(q, 0, sizeof(*q));
	q->fd = -1;
	fq_watch_init(&q->watch);
	q->fmt = (flags & FQ_QUEUE_RAW) ? &fq_format_raw : &fq_format_framed;
	q->path = path;
	q->flags = flags;
	q->mode = mode;
	q->frame_size = frame_size;
	q->lock_timeout_ns = lock_timeout_ns;
	if ((frame_size != 0 && frame_size < min) || frame_size > FQ_FRAME_SIZE_MAX) {
		return fq_error_set(err, FQ_EARG, "frame size must be between %u and %u, %u given",
			(unsigned) min, (unsigned) FQ_FRAME_SIZE_MAX, (unsigned) frame_size);
	}
	if (fq_path_mode_ok(mode, err) != FQ_OK) {
		return FQ_EARG;
	}
	fq_core_init();
	FQ_GUARDED(q, err, fq_open_file(q, err));
}

void fq_queue_close(fq_queue_t *q)
{
	fq_close_file(q);
}

/* ---- locking ----------------------------------------------------------- */



static int fq_q_lock_size(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	int rc;

	if (q->fd >= 0 && q->fork_gen != fq_fork_generation) {
		if (q->depth > 0 && !(q->flags & FQ_QUEUE_BYPATH)) {
			/*
			 * Forked inside the parent's transaction: what the callback read was
			 * read under the parent's lock, and a lock of our own now would write
			 * it back later, over the parent's change (a lost update). The seed
			 * functions reopen and wait instead, as the originals' fopen() and
			 * flock() in the child did (no state of theirs is carried over).
			 */
			return fq_error_set(err, FQ_ESTATE,
				"queue '%s' is locked by the parent process: this process was forked inside its transaction() or "
				"updateBoot() callback, whose lock it does not hold (use the queue after the callback returns, "
				"or open another Queue)", q->path);
		}
		/* A child: the inherited descriptor shares the parent's lock. Start afresh. */
		fq_close_file(q);
	}
	if (q->depth > 0) {
		if (size != NULL && (rc = fq_io_size(q->fd, q->path, size, NULL, err)) != FQ_OK) {
			return rc;
		}
		q->depth++;
		return FQ_OK;
	}
	for (;;) {
		if (q->fd < 0 && (rc = fq_open_file(q, err)) != FQ_OK) {
			return rc;
		}
		rc = q->fmt->lock(q, size, err);
		if (rc != FQ_EREOPEN) {
			break;
		}
		fq_close_file(q);  /* deleted or replaced under us: open what the path names now */
	}
	if (rc == FQ_OK) {
		q->depth = 1;
	}
	return rc;
}

static int fq_q_unlock(fq_queue_t *q, fq_error_t *err)
{
	if (q->depth <= 0) {
		return FQ_OK;
	}
	if (q->fork_gen != fq_fork_generation) {
		/* A child forked inside a transaction: the lock is the parent's (a shared flock, its mutex), not to be released here. */
		fq_close_file(q);
		return FQ_OK;
	}
	if (--q->depth > 0) {
		return FQ_OK;
	}
	return q->fmt->unlock(q, err);
}

/* Ends an operation: releases the lock, keeping the first error. */
static int fq_leave(fq_queue_t *q, int rc, fq_error_t *err)
{
	fq_error_t scratch;
	int urc = fq_q_unlock(q, rc == FQ_OK ? err : &scratch);

	return rc != FQ_OK ? rc : urc;
}

const char *fq_queue_lock_kind(const fq_queue_t *q)
{
	return q->mutex != NULL ? "robust mutex" : FQ_LOCK_FILE_KIND;
}

/* ---- operations -------------------------------------------------------- */

static int fq_too_big(const fq_queue_t *q, size_t len, fq_error_t *err)
{
	return fq_error_set(err, FQ_ETOOBIG, "frame of %zu bytes exceeds the %zu bytes a frame of '%s' holds",
		len, fq_queue_max_payload(q), q->path);
}

/* The hot calls go inline into their guarded wrapper (the compiler declines on its own since the wrapper grew). */
#if defined(__GNUC__)
# define FQ_HOT static inline __attribute__((always_inline))
#else
# define FQ_HOT static
#endif

FQ_HOT int fq_q_push(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err)
{
	int rc;

	if (len > fq_queue_max_payload(q)) {
		return fq_too_big(q, len, err);
	}
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->push(q, data, len, cursor, err), err);
}

FQ_HOT int fq_take(fq_queue_t *q, int newest, unsigned char *buf, size_t *start, size_t *len, int *found,
                   fq_error_t *err)
{
	int rc;

	*found = 0;
	*start = 0;
	*len = 0;
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->take(q, newest, buf, start, len, found, err), err);
}

static int fq_q_pop(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	return fq_take(q, 1, buf, start, len, found, err);
}

static int fq_q_shift(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	return fq_take(q, 0, buf, start, len, found, err);
}

static int fq_q_push_delayed(fq_queue_t *q, const void *data, size_t len, int64_t delay_ns, fq_error_t *err)
{
	int64_t now = fq_wall_ns();
	int rc;

	if (q->fmt != &fq_format_framed) {
		return fq_error_set(err, FQ_ESTATE,
			"push() with a delay: '%s' is a RAW queue: the seed's layout has no room for delayed frames", q->path);
	}
	if (len > fq_queue_max_payload(q)) {
		return fq_too_big(q, len, err);
	}
	if (delay_ns < 0 || delay_ns > INT64_MAX - now) {
		return fq_error_set(err, FQ_EARG, "a delay of %lld ns cannot be kept", (long long) delay_ns);
	}
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, fq_delay_push(q, data, len, now + delay_ns, err), err);
}

static int fq_q_delayed(fq_queue_t *q, uint64_t *count, int64_t *next_ns, fq_error_t *err)
{
	int rc;

	*count = 0;
	*next_ns = 0;
	if (q->fmt != &fq_format_framed) {
		return FQ_OK;  /* a RAW queue keeps none */
	}
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	rc = fq_delay_promote(q, err);
	return fq_leave(q, rc == FQ_OK ? fq_delay_status(q, count, next_ns, err) : rc, err);
}

static int fq_q_read(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len, fq_error_t *err)
{
	int rc;

	*start = 0;
	*len = 0;
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->read(q, cursor, buf, start, len, err), err);
}

static int fq_q_write(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err)
{
	int rc;

	if (len > fq_queue_max_payload(q)) {
		return fq_too_big(q, len, err);
	}
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->write(q, cursor, data, len, err), err);
}

static int fq_q_count(fq_queue_t *q, uint64_t *count, fq_error_t *err)
{
	int rc;

	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->count(q, count, err), err);
}

static int fq_q_clear(fq_queue_t *q, fq_error_t *err)
{
	int rc;

	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->clear(q, err), err);
}

static int fq_q_boot_size(fq_queue_t *q, size_t *len, fq_error_t *err)
{
	int rc;

	*len = 0;
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	*len = q->fmt->boot_size(q);
	return fq_leave(q, FQ_OK, err);
}

static int fq_q_boot_read(fq_queue_t *q, unsigned char *buf, size_t cap, size_t *len, fq_error_t *err)
{
	int rc;

	*len = 0;
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	if (q->fmt->boot_size(q) > cap) {
		return fq_leave(q, fq_error_set(err, FQ_ETOOBIG, "boot state of '%s' is %zu bytes, more than the %zu bytes given",
			q->path, q->fmt->boot_size(q), cap), err);
	}
	return fq_leave(q, q->fmt->boot_read(q, buf, len, err), err);
}

static int fq_q_boot_write(fq_queue_t *q, const void *data, size_t len, fq_error_t *err)
{
	int rc;

	if (len > fq_queue_boot_capacity(q)) {
		return fq_error_set(err, FQ_ETOOBIG, "boot state of %zu bytes exceeds the %zu bytes the boot frame of '%s' holds",
			len, fq_queue_boot_capacity(q), q->path);
	}
	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->boot_write(q, data, len, err), err);
}

static int fq_q_stat(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err)
{
	int rc;

	if ((rc = fq_q_lock_size(q, NULL, err)) != FQ_OK) {
		return rc;
	}
	return fq_leave(q, q->fmt->stat(q, st, file_size, err), err);
}

/* ---- job queues ---------------------------------------------------------- */

/* The job calls of a framed queue, under the lock; RAW has no room for a holder. */
#define FQ_JOBS_CALL(q, err, op, call) \
	do { \
		int rc_; \
		if ((q)->fmt != &fq_format_framed) { \
			return fq_error_set((err), FQ_ESTATE, "%s(): '%s' is a RAW queue: the seed's layout has no room for a job's holder", \
				(op), (q)->path); \
		} \
		if ((rc_ = fq_q_lock_size((q), NULL, (err))) != FQ_OK) { \
			return rc_; \
		} \
		return fq_leave((q), (call), (err)); \
	} while (0)

static int fq_q_reserve(fq_queue_t *q, int64_t visibility_ns, uint32_t max_attempts, unsigned char *buf, size_t *len,
                        fq_job_t *job, int *found, fq_error_t *err)
{
	*found = 0;
	*len = 0;
	FQ_JOBS_CALL(q, err, "reserve", fq_jobs_reserve(q, visibility_ns, max_attempts, buf, len, job, found, err));
}

static int fq_q_ack(fq_queue_t *q, const fq_job_t *job, fq_error_t *err)
{
	FQ_JOBS_CALL(q, err, "ack", fq_jobs_ack(q, job, err));
}

static int fq_q_release(fq_queue_t *q, const fq_job_t *job, fq_error_t *err)
{
	FQ_JOBS_CALL(q, err, "release", fq_jobs_release(q, job, err));
}

static int fq_q_jobs_census(fq_queue_t *q, fq_jobs_census_t *c, fq_error_t *err)
{
	FQ_JOBS_CALL(q, err, "stats", fq_jobs_census(q, c, err));
}

static int fq_q_dead_letters(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err)
{
	FQ_JOBS_CALL(q, err, "deadLetters", fq_jobs_dead_letters(q, visit, ctx, buf, err));
}

static int fq_q_held_jobs(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err)
{
	FQ_JOBS_CALL(q, err, "heldJobs", fq_jobs_list_held(q, visit, ctx, buf, err));
}

static int fq_q_requeue_dead(fq_queue_t *q, unsigned char *buf, uint64_t *moved, fq_error_t *err)
{
	*moved = 0;
	FQ_JOBS_CALL(q, err, "requeueDeadLetters", fq_jobs_requeue_dead(q, buf, moved, err));
}

/* ---- waiting ----------------------------------------------------------- */

/*
 * A sleep lasts at most one slice. Then the caller gets FQ_EINTR and runs the
 * PHP signal handlers: a signal that landed between our look and the sleep
 * (and so did not interrupt it) waits at most this long. A file replaced while
 * we sleep is noticed at the next look too.
 */
#define FQ_WAIT_SLICE_NS 250000000LL

static int fq_q_wait(fq_queue_t *q, int64_t deadline_ns, int *ready, fq_error_t *err)
{
	fq_wait_t w;
	int rc;

	*ready = 0;
	if (q->depth > 0 && q->fork_gen == fq_fork_generation) {
		return fq_error_set(err, FQ_ESTATE, "wait() on '%s' inside a transaction would hold the lock for ever", q->path);
	}
	memset(&w, 0, sizeof(w));
	w.ifd = -1;
	for (;;) {
		int64_t now, slice;
		int waited, due;

		rc = fq_q_lock_size(q, NULL, err);
		if (rc != FQ_OK) {
			break;
		}
		rc = fq_leave(q, q->fmt->ready(q, ready, &w, err), err);
		if (rc != FQ_OK || *ready) {
			break;
		}
		now = fq_now_ns();
		if (deadline_ns >= 0 && now >= deadline_ns) {
			break;
		}
		slice = deadline_ns < 0 || deadline_ns - now > FQ_WAIT_SLICE_NS ? FQ_WAIT_SLICE_NS : deadline_ns - now;
		due = 0;
		if (w.due_ns > 0) {
			/* a delayed frame falls due before the slice ends: sleep until then and look again */
			int64_t until = w.due_ns - fq_wall_ns();

			if (until < slice) {
				slice = until > 0 ? until : 0;
				due = 1;
			}
			w.due_ns = 0;
		}
		waited = q->fmt->sleep(q, &w, slice);
		if (waited == ETIMEDOUT && due) {
			continue;
		}
		if (waited == EINTR || waited == ETIMEDOUT) {
			/*
			 * Interrupted, or a slice ended: let the caller dispatch signals and
			 * call again. sys_errno tells the two apart (a caller may stop after
			 * a signal: a worker's SIGTERM handler setting its stop flag).
			 */
			rc = err->status = FQ_EINTR;
			err->sys_errno = waited;
			break;
		}
	}
	q->fmt->end(q, &w);
	return rc;
}

/*
 * Locking and unlocking a RAW file (the seed functions' every call) go
 * straight through: a function that holds a guard saves every register first,
 * for its setjmp, even on the path that does not arm it.
 */
static FQ_NOINLINE int fq_queue_lock_size_guarded(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_lock_size(q, size, err));
}

int fq_queue_lock_size(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	return q->fmt == &fq_format_raw ? fq_q_lock_size(q, size, err) : fq_queue_lock_size_guarded(q, size, err);
}

static FQ_NOINLINE int fq_queue_unlock_guarded(fq_queue_t *q, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_unlock(q, err));
}

int fq_queue_unlock(fq_queue_t *q, fq_error_t *err)
{
	return q->fmt == &fq_format_raw ? fq_q_unlock(q, err) : fq_queue_unlock_guarded(q, err);
}

int fq_queue_push(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_push(q, data, len, cursor, err));
}

int fq_queue_pop(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_pop(q, buf, start, len, found, err));
}

int fq_queue_shift(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_shift(q, buf, start, len, found, err));
}

int fq_queue_push_delayed(fq_queue_t *q, const void *data, size_t len, int64_t delay_ns, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_push_delayed(q, data, len, delay_ns, err));
}

int fq_queue_delayed(fq_queue_t *q, uint64_t *count, int64_t *next_ns, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_delayed(q, count, next_ns, err));
}

int fq_queue_read(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_read(q, cursor, buf, start, len, err));
}

int fq_queue_write(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_write(q, cursor, data, len, err));
}

int fq_queue_count(fq_queue_t *q, uint64_t *count, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_count(q, count, err));
}

int fq_queue_clear(fq_queue_t *q, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_clear(q, err));
}

int fq_queue_boot_size(fq_queue_t *q, size_t *len, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_boot_size(q, len, err));
}

int fq_queue_boot_read(fq_queue_t *q, unsigned char *buf, size_t cap, size_t *len, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_boot_read(q, buf, cap, len, err));
}

int fq_queue_boot_write(fq_queue_t *q, const void *data, size_t len, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_boot_write(q, data, len, err));
}

int fq_queue_stat(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_stat(q, st, file_size, err));
}

int fq_queue_reserve(fq_queue_t *q, int64_t visibility_ns, uint32_t max_attempts, unsigned char *buf, size_t *len,
                     fq_job_t *job, int *found, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_reserve(q, visibility_ns, max_attempts, buf, len, job, found, err));
}

int fq_queue_ack(fq_queue_t *q, const fq_job_t *job, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_ack(q, job, err));
}

int fq_queue_release(fq_queue_t *q, const fq_job_t *job, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_release(q, job, err));
}

int fq_queue_jobs_census(fq_queue_t *q, fq_jobs_census_t *c, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_jobs_census(q, c, err));
}

int fq_queue_dead_letters(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_dead_letters(q, visit, ctx, buf, err));
}

int fq_queue_held_jobs(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_held_jobs(q, visit, ctx, buf, err));
}

int fq_queue_requeue_dead(fq_queue_t *q, unsigned char *buf, uint64_t *moved, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_requeue_dead(q, buf, moved, err));
}

int fq_queue_wait(fq_queue_t *q, int64_t deadline_ns, int *ready, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_wait(q, deadline_ns, ready, err));
}

int fq_queue_lock(fq_queue_t *q, fq_error_t *err)
{
	FQ_GUARDED(q, err, fq_q_lock_size(q, NULL, err));
}
