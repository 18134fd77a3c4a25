/*
 * Job queues (framed format version 2): reserve() hands out the oldest
 * available frame and keeps it, marked in its envelope (framed.h) with the
 * holder's pid and start time, until ack() removes it or release() gives it
 * back. The state's rhead splits the frames: [head, rhead) were handed out,
 * [rhead, tail) never were. A hand-out writes the envelope, then commits the
 * state; so a process killed at any point leaves a job held (its envelope
 * says by whom), acknowledged, or available (rhead not moved, or an envelope
 * whose checksum fails: a holder that did not finish writing it) - never
 * lost. A job whose holder is gone, or whose visibility deadline passed, is
 * handed out again by the next reserve(): the window [head, rhead) is looked
 * through, which costs the number of jobs out, not the queue's length.
 */
#include "platform.h"
#include "framed.h"
#include "jobs.h"

#include <errno.h>
#include <string.h>

#include "clock.h"
#include "crc32c.h"
#include "delay.h"
#include "format.h"
#include "fdio.h"
#include "hooks.h"
#include "registry.h"

/*
 * Frames of the window one call looks at, at the most: bounded work under the
 * lock, whatever a file claims. A window wider than this (jobs handed out and
 * not acknowledged behind an old one still held) is looked at from its front.
 */
#define FQ_JOBS_SCAN_MAX 65536

/* ---- the envelope -------------------------------------------------------- */

typedef struct fq_envelope {
	int valid;           /* its checksum holds */
	uint64_t id;
	uint32_t pid;
	uint32_t attempts;
	uint32_t state;
	uint64_t start;
	int64_t deadline;
} fq_envelope_t;

static void fq_env_get(const fq_queue_t *q, uint64_t index, fq_envelope_t *e)
{
	const unsigned char *p = fq_framed_frame(q, index);
	uint32_t word = fq_get32(p + FQ_JOB_OFF_WORD);

	e->valid = fq_get32(p + FQ_JOB_OFF_MCRC) == fq_job_envelope_crc(p);
	e->id = fq_get64(p + FQ_JOB_OFF_ID);
	e->pid = fq_get32(p + FQ_JOB_OFF_PID);
	e->attempts = word & FQ_JOB_ATTEMPTS_MAX;
	e->state = word >> 24;
	e->start = fq_get64(p + FQ_JOB_OFF_START);
	e->deadline = (int64_t) fq_get64(p + FQ_JOB_OFF_DEADLINE);
}

/* Rewrites the changing part; a writer killed half-way leaves a checksum that fails. */
static void fq_env_put(fq_queue_t *q, uint64_t index, const fq_envelope_t *e)
{
	unsigned char *p = fq_framed_frame(q, index);

	fq_put32(p + FQ_JOB_OFF_PID, e->pid);
	fq_put32(p + FQ_JOB_OFF_WORD, (e->attempts & FQ_JOB_ATTEMPTS_MAX) | (e->state << 24));
	fq_put64(p + FQ_JOB_OFF_START, e->start);
	fq_put64(p + FQ_JOB_OFF_DEADLINE, (uint64_t) e->deadline);
	FQ_HOOK("job:envelope");
	fq_put32(p + FQ_JOB_OFF_MCRC, fq_job_envelope_crc(p));
}

/* ---- holders -------------------------------------------------------------- */

/*
 * This process as a holder: looked up once (getpid() is a system call, the
 * start time a read of /proc), again in a forked child (the fork hook's
 * generation moves).
 */
static void fq_jobs_self(uint32_t *pid, uint64_t *start)
{
	static unsigned long cached_gen = (unsigned long) -1;
	static uint32_t cached_pid;
	static uint64_t cached_start;
	unsigned long gen = fq_queue_fork_generation();

	if (gen != cached_gen || cached_pid == 0) {
		fq_member_t m;

		fq_member_self(&m);
		cached_pid = (uint32_t) m.pid;
		cached_start = m.start_time;
		cached_gen = gen;
	}
	*pid = cached_pid;
	*start = cached_start;
}

/*
 * Whether the envelope's holder still holds it: its deadline has not passed,
 * and its process exists and is the same one (not a zombie, not a pid reused
 * since). One lookup per distinct holder in a scan (memo).
 */
typedef struct fq_holder_memo {
	uint32_t me;
	uint64_t my_start;
	uint32_t pid;
	uint64_t start;
	int alive;
} fq_holder_memo_t;

static void fq_holder_memo_init(fq_holder_memo_t *memo)
{
	memset(memo, 0, sizeof(*memo));
	fq_jobs_self(&memo->me, &memo->my_start);
}

static int fq_jobs_still_held(const fq_envelope_t *e, int64_t now, fq_holder_memo_t *memo)
{
	if (e->deadline != 0 && now >= e->deadline) {
		return 0;
	}
	if (e->pid == memo->me && e->start == memo->my_start) {
		return 1;
	}
	if (memo->pid != e->pid || memo->start != e->start || memo->pid == 0) {
		fq_member_t m = {(long) e->pid, e->start, 0};

		memo->pid = e->pid;
		memo->start = e->start;
		memo->alive = fq_member_alive(&m);
	}
	return memo->alive;
}

/* Whether the frame at index (in the window) may be handed out now; *e: its envelope. */
static int fq_jobs_free(const fq_queue_t *q, uint64_t index, int64_t now, fq_holder_memo_t *memo, fq_envelope_t *e)
{
	fq_env_get(q, index, e);
	if (!e->valid) {
		return 1;  /* its holder died writing it: who held it is unknown */
	}
	switch (e->state) {
	case FQ_JOB_AVAILABLE:
		return 1;
	case FQ_JOB_HELD:
		return !fq_jobs_still_held(e, now, memo);
	default:
		return 0;  /* acknowledged, or set aside */
	}
}

/* The oldest (newest) frame of st's window that may be handed out again; 0 when none. */
static int fq_jobs_find(const fq_queue_t *q, const fq_state_t *st, int newest, int64_t now, uint64_t *index,
                        fq_envelope_t *e)
{
	fq_holder_memo_t memo;
	uint64_t i;
	uint64_t n = st->rhead - st->head < FQ_JOBS_SCAN_MAX ? st->rhead - st->head : FQ_JOBS_SCAN_MAX;

	fq_holder_memo_init(&memo);
	for (i = 0; i < n; i++) {
		uint64_t at = newest ? st->rhead - 1 - i : st->head + i;

		if (fq_jobs_free(q, at, now, &memo, e)) {
			*index = at;
			return 1;
		}
	}
	return 0;
}

int fq_jobs_recount(fq_queue_t *q, fq_error_t *err)
{
	fq_state_t st = q->st;
	fq_envelope_t e;
	uint64_t i, n = st.rhead - st.head;

	if (n > FQ_JOBS_SCAN_MAX) {
		return FQ_OK;  /* wider than a look may go: the count stays, bounded by the commit */
	}
	st.released = 0;
	for (i = 0; i < n; i++) {
		fq_env_get(q, st.head + i, &e);
		st.released += e.valid && e.state == FQ_JOB_AVAILABLE;
	}
	return st.released == q->st.released ? FQ_OK : fq_framed_commit(q, &st, err);
}

/* head past the acknowledged frames at the front of the window. */
static void fq_jobs_advance(const fq_queue_t *q, fq_state_t *st)
{
	fq_envelope_t e;
	uint64_t steps = 0;

	while (st->head < st->rhead && steps++ < FQ_JOBS_SCAN_MAX) {
		fq_env_get(q, st->head, &e);
		if (!e.valid || e.state != FQ_JOB_ACKED) {
			break;
		}
		st->head++;
	}
}

/* Commits st when it differs from the committed state (head moved: the queue may start again at the front). */
static int fq_jobs_commit(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	const fq_state_t *was = &q->st;

	if (st->head == was->head && st->tail == was->tail && st->rhead == was->rhead && st->released == was->released
			&& st->reserved == was->reserved && st->acked == was->acked && st->dropped == was->dropped
			&& st->popped == was->popped) {
		return FQ_OK;
	}
	return fq_framed_commit_taken(q, st, err);
}

/* ---- hand-out --------------------------------------------------------------- */

/*
 * Under the lock: hands out a job to this process - from the window (oldest
 * first, newest first for pop()) when one there is free, else the next never
 * handed out (the tail's for pop()). *found = 0 when there is none. A job
 * already handed out max_attempts times is set aside instead (0: no limit).
 * With ack the job is acknowledged at once (pop(), shift()).
 */
static int fq_jobs_hand_out(fq_queue_t *q, int newest, int64_t visibility_ns, uint32_t max_attempts, int ack,
                            unsigned char *buf, size_t *len, fq_job_t *job, int *found, fq_error_t *err)
{
	fq_state_t st = q->st;
	int64_t now = fq_now_ns();
	fq_holder_memo_t memo;
	fq_envelope_t e;
	uint64_t index;
	int rc;

	*found = 0;
	*len = 0;
	fq_holder_memo_init(&memo);
	for (unsigned rounds = 0; !*found && rounds < FQ_JOBS_SCAN_MAX; rounds++) {
		int fresh = 0;

		if (st.dropped - q->st.dropped >= 65536) {
			rc = fq_jobs_commit(q, &st, err);
			return rc != FQ_OK ? rc : fq_error_set(err, FQ_ECORRUPT,
				"queue '%s' is corrupt: 65536 damaged frames dropped in one call, more remain", q->path);
		}
		if (newest && st.tail > st.rhead) {
			/* pop(): the newest never handed out comes off the tail, as in a plain queue. */
			index = st.tail - 1;
			st.tail--;
			if (!fq_framed_frame_get(q, index, buf, len)) {
				st.dropped++;
				continue;
			}
			fq_env_get(q, index, &e);
			st.popped++;
			*found = 1;
			job->id = e.id;
			job->attempts = 1;
			job->index = index;
			break;
		}
		if (!fq_jobs_find(q, &st, newest, now, &index, &e)) {
			if (st.rhead == st.tail) {
				break;
			}
			index = st.rhead;
			fq_env_get(q, index, &e);
			fresh = 1;
			st.rhead++;
		} else if (e.valid && e.state == FQ_JOB_AVAILABLE && st.released > 0) {
			st.released--;
		}
		if (!fq_framed_frame_get(q, index, buf, len)) {
			/* A torn payload is never handed out: acknowledged, so that head passes it. */
			e.state = FQ_JOB_ACKED;
			e.pid = 0;
			e.start = 0;
			e.deadline = 0;
			fq_env_put(q, index, &e);
			st.dropped++;
			continue;
		}
		if (!e.valid || fresh) {
			e.attempts = fresh ? 0 : 1;  /* an envelope its writer left half-done: it was handed out at least once */
		}
		if (max_attempts > 0 && e.attempts >= max_attempts) {
			/* A poison job: set aside (a dead letter), listed and requeued by hand. */
			e.state = FQ_JOB_DEAD;
			e.pid = 0;
			e.start = 0;
			e.deadline = 0;
			fq_env_put(q, index, &e);
			*len = 0;
			continue;
		}
		if (e.attempts < FQ_JOB_ATTEMPTS_MAX) {
			e.attempts++;
		}
		e.state = ack ? FQ_JOB_ACKED : FQ_JOB_HELD;
		e.pid = ack ? 0 : memo.me;
		e.start = ack ? 0 : memo.my_start;
		e.deadline = !ack && visibility_ns > 0 ? now + visibility_ns : 0;
		FQ_HOOK("reserve:before-envelope");
		fq_env_put(q, index, &e);
		FQ_HOOK("reserve:after-envelope");
		*found = 1;
		job->id = e.id;
		job->attempts = e.attempts;
		job->index = index;
		if (ack) {
			st.popped++;
			st.acked++;
		} else {
			st.reserved++;
		}
	}
	fq_jobs_advance(q, &st);
	rc = fq_jobs_commit(q, &st, err);
	if (rc != FQ_OK) {
		*found = 0;
	}
	return rc;
}

int fq_jobs_take(fq_queue_t *q, int newest, unsigned char *buf, size_t *len, int *found, fq_error_t *err)
{
	fq_job_t job;

	return fq_jobs_hand_out(q, newest, 0, 0, 1, buf, len, &job, found, err);
}

int fq_jobs_reserve(fq_queue_t *q, int64_t visibility_ns, uint32_t max_attempts, unsigned char *buf, size_t *len,
                    fq_job_t *job, int *found, fq_error_t *err)
{
	int rc;

	if (!q->jobs) {
		return fq_jobs_not(q, "reserve", err);
	}
	if ((rc = fq_delay_promote(q, err)) != FQ_OK) {
		return rc;
	}
	return fq_jobs_hand_out(q, 0, visibility_ns, max_attempts, 0, buf, len, job, found, err);
}

/* ---- after the work -------------------------------------------------------- */

int fq_jobs_not(const fq_queue_t *q, const char *op, fq_error_t *err)
{
	return fq_error_set(err, FQ_ESTATE, "%s(): '%s' is not a job queue (made without Queue::JOBS)", op, q->path);
}

/* The envelope of the job this process holds, or an error saying why it does not hold it any more. */
static int fq_jobs_held(fq_queue_t *q, const fq_job_t *job, const char *op, fq_envelope_t *e, fq_error_t *err)
{
	fq_holder_memo_t memo;

	if (!q->jobs) {
		return fq_jobs_not(q, op, err);
	}
	fq_holder_memo_init(&memo);
	if (job->index >= q->st.head && job->index < q->st.rhead) {
		fq_env_get(q, job->index, e);
		if (e->valid && e->id == job->id && e->state == FQ_JOB_HELD && e->pid == memo.me
				&& e->start == memo.my_start && e->attempts == job->attempts) {
			return FQ_OK;
		}
	}
	return fq_error_set(err, FQ_ESTATE,
		"%s(): job %llu of '%s' is no longer held by this process (acknowledged, released, or handed out again)",
		op, (unsigned long long) job->id, q->path);
}

int fq_jobs_ack(fq_queue_t *q, const fq_job_t *job, fq_error_t *err)
{
	fq_state_t st = q->st;
	fq_envelope_t e;
	int rc = fq_jobs_held(q, job, "ack", &e, err);

	if (rc != FQ_OK) {
		return rc;
	}
	e.state = FQ_JOB_ACKED;
	e.pid = 0;
	e.start = 0;
	e.deadline = 0;
	FQ_HOOK("ack:before-envelope");
	fq_env_put(q, job->index, &e);
	FQ_HOOK("ack:after-envelope");
	st.acked++;
	st.popped++;
	fq_jobs_advance(q, &st);
	return fq_jobs_commit(q, &st, err);
}

int fq_jobs_release(fq_queue_t *q, const fq_job_t *job, fq_error_t *err)
{
	fq_state_t st = q->st;
	fq_envelope_t e;
	int rc = fq_jobs_held(q, job, "release", &e, err);

	if (rc != FQ_OK) {
		return rc;
	}
	e.state = FQ_JOB_AVAILABLE;
	e.pid = 0;
	e.start = 0;
	e.deadline = 0;
	fq_env_put(q, job->index, &e);
	st.released++;
	rc = fq_jobs_commit(q, &st, err);
	if (rc == FQ_OK) {
		q->wake = 1;  /* a job to take: waiters are woken at the unlock */
	}
	return rc;
}

/* ---- what is in the window ------------------------------------------------ */

int fq_jobs_ready(fq_queue_t *q)
{
	uint64_t index;
	fq_envelope_t e;

	/* A holder that died, or a deadline that passed, makes a job ready with no push to wake anyone. */
	return fq_state_waiting(q, &q->st) > 0 || fq_jobs_find(q, &q->st, 0, fq_now_ns(), &index, &e);
}

int fq_jobs_visible(const fq_queue_t *q, uint64_t index)
{
	fq_envelope_t e;

	if (index >= q->st.rhead) {
		return 1;
	}
	fq_env_get(q, index, &e);
	return !e.valid || e.state != FQ_JOB_ACKED;
}

int fq_jobs_census(fq_queue_t *q, fq_jobs_census_t *c, fq_error_t *err)
{
	fq_holder_memo_t memo;
	int64_t now = fq_now_ns();
	uint64_t i;

	memset(c, 0, sizeof(*c));
	if (!q->jobs) {
		return fq_jobs_not(q, "stats", err);
	}
	fq_holder_memo_init(&memo);
	for (i = q->st.head; i < q->st.rhead && i - q->st.head < FQ_JOBS_SCAN_MAX; i++) {
		fq_envelope_t e;

		if (fq_jobs_free(q, i, now, &memo, &e)) {
			if (e.valid && e.state == FQ_JOB_AVAILABLE) {
				c->released++;
			} else {
				c->lost++;  /* held by a process that is gone, or past its deadline */
			}
		} else if (e.state == FQ_JOB_HELD) {
			c->held++;
		} else if (e.state == FQ_JOB_DEAD) {
			c->dead++;
		}
	}
	return FQ_OK;
}

/*
 * Visits the window's frames that are set aside (dead letters) or, with
 * held, handed out and not settled: held, or orphaned (the holder gone or
 * past its deadline; a torn envelope counts as orphaned, holder unknown).
 */
static int fq_jobs_visit(fq_queue_t *q, int held, fq_jobs_visit_t visit, void *ctx, unsigned char *buf)
{
	fq_holder_memo_t memo;
	int64_t now = fq_now_ns();
	uint64_t i;

	fq_holder_memo_init(&memo);
	for (i = q->st.head; i < q->st.rhead && i - q->st.head < FQ_JOBS_SCAN_MAX; i++) {
		fq_envelope_t e;
		fq_job_t job;
		size_t len;
		int orphaned = fq_jobs_free(q, i, now, &memo, &e);

		if (held ? (e.valid && e.state != FQ_JOB_HELD) : (!e.valid || e.state != FQ_JOB_DEAD)) {
			continue;  /* held: not released, acknowledged or set aside (a torn envelope was held) */
		}
		if (!fq_framed_frame_get(q, i, buf, &len)) {
			continue;
		}
		memset(&job, 0, sizeof(job));
		job.id = e.id;
		job.attempts = e.attempts;
		job.index = i;
		job.holder = e.valid ? (long) e.pid : 0;
		job.orphaned = held && orphaned;
		if (visit(ctx, &job, buf, len) != 0) {
			return FQ_ECALLER;
		}
	}
	return FQ_OK;
}

int fq_jobs_dead_letters(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err)
{
	return q->jobs ? fq_jobs_visit(q, 0, visit, ctx, buf) : fq_jobs_not(q, "deadLetters", err);
}

int fq_jobs_list_held(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err)
{
	return q->jobs ? fq_jobs_visit(q, 1, visit, ctx, buf) : fq_jobs_not(q, "heldJobs", err);
}

int fq_jobs_requeue_dead(fq_queue_t *q, unsigned char *buf, uint64_t *moved, fq_error_t *err)
{
	uint64_t i, end;
	int rc = FQ_OK;

	*moved = 0;
	if (!q->jobs) {
		return fq_jobs_not(q, "requeueDeadLetters", err);
	}
	end = q->st.rhead - q->st.head < FQ_JOBS_SCAN_MAX ? q->st.rhead : q->st.head + FQ_JOBS_SCAN_MAX;
	for (i = q->st.head; i < end && rc == FQ_OK; i++) {
		fq_envelope_t e;
		fq_state_t st;
		uint64_t cursor;
		size_t len;

		fq_env_get(q, i, &e);
		if (!e.valid || e.state != FQ_JOB_DEAD || !fq_framed_frame_get(q, i, buf, &len)) {
			continue;
		}
		/* A new job at the tail first, then the old one goes: a crash between leaves both, never neither. */
		rc = fq_framed_append(q, buf, len, &cursor, err);
		if (rc != FQ_OK) {
			break;
		}
		e.state = FQ_JOB_ACKED;
		fq_env_put(q, i, &e);
		(*moved)++;
		st = q->st;
		fq_jobs_advance(q, &st);
		rc = fq_jobs_commit(q, &st, err);
	}
	return rc;
}
