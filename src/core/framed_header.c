/*
 * The framed format's header: the commit slots (a change is visible once the
 * next slot is written whole, so a writer killed half-way leaves the previous
 * state), creating and checking the header, and the lock and wake word in it.
 */
#include "platform.h"
#include "framed.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "crc32c.h"
#include "fdio.h"
#include "framed_region.h"
#include "hooks.h"
#include "os.h"

static const unsigned char fq_magic[8] = {'F', 'I', 'L', 'E', 'Q', 0, 0x1a, '\n'};

int fq_framed_sync(fq_queue_t *q, fq_error_t *err)
{
	int rc = FQ_OK;

	/* The mapped pages first: on Windows the file's sync does not write them (os.h). */
	if (q->frames != NULL) {
		rc = fq_map_flush(q->frames, q->frameslen, q->path, err);
	}
	if (rc == FQ_OK && q->map != NULL) {
		rc = fq_map_flush(q->map, FQ_HEADER_SIZE, q->path, err);
	}
	return rc == FQ_OK ? fq_io_sync(q->fd, q->path, err) : rc;
}

static int fq_sync(fq_queue_t *q, fq_error_t *err)
{
	return fq_framed_sync(q, err);
}

/* ---- commit slots ---------------------------------------------------- */

static void fq_slot_encode(unsigned char *s, const fq_state_t *st)
{
	memset(s, 0, FQ_SLOT_SIZE);
	fq_put64(s + 0, st->seq);
	fq_put64(s + 8, st->head);
	fq_put64(s + 16, st->tail);
	fq_put64(s + 24, st->hwm);
	fq_put64(s + 32, st->pushed);
	fq_put64(s + 40, st->popped);
	fq_put64(s + 48, st->dropped);
	fq_put32(s + 56, st->boot_len);
	fq_put32(s + 60, st->boot_crc);
	fq_put32(s + 64, st->boot_area);
	fq_put32(s + 68, st->punched);
	fq_put64(s + 72, st->rhead);
	fq_put64(s + 80, st->released);
	fq_put64(s + 88, st->reserved);
	fq_put64(s + 96, st->acked);
	fq_put64(s + 104, st->region[0]);
	fq_put64(s + 112, st->region[1]);
	fq_put32(s + 120, st->delay_gen);
	fq_put32(s + FQ_SLOT_SIZE - 4, fq_crc32c(0, s, FQ_SLOT_SIZE - 4));
}

/* A region lies past the header, aligned, where an offset cannot overflow; the boot state is in one only when boot_area says so. */
static int fq_slot_region_ok(uint64_t off)
{
	return off == 0 || (off >= FQ_HEADER_SIZE && off % FQ_REGION_ALIGN == 0 && off < ((uint64_t) 1 << 61));
}

static int fq_slot_regions_ok(const fq_state_t *st)
{
	if (!fq_slot_region_ok(st->region[FQ_REGION_BOOT]) || !fq_slot_region_ok(st->region[FQ_REGION_DELAY])) {
		return 0;
	}
	if (st->boot_area == FQ_BOOT_IN_REGION) {
		return st->region[FQ_REGION_BOOT] != 0 && st->boot_len > 0 && st->boot_len <= FQ_BOOT_REGION_MAX;
	}
	return st->region[FQ_REGION_BOOT] == 0 && st->boot_len <= FQ_BOOT_MAX && st->boot_area <= 1;
}

/*
 * Released jobs lie in [head, rhead): no more of them than that. A holder
 * killed between a released job's envelope and the commit of the count leaves
 * it one too high (fq_jobs_recount() sets it right when the next locker sees
 * the death; a flock cannot tell).
 */
static void fq_state_bound_released(fq_state_t *st)
{
	if (st->released > st->rhead - st->head) {
		st->released = st->rhead - st->head;
	}
}

/*
 * 1 when the slot's checksum holds and its values are coherent. hwm is bounded
 * so that FQ_HEADER_SIZE + hwm * frame_size (the file size it implies) cannot
 * overflow: a wrapped product would pass the file-size check and index frames
 * that were never mapped.
 */
static int fq_slot_decode(const unsigned char *s, unsigned index, fq_state_t *st, uint32_t frame_size, int jobs)
{
	if (fq_get32(s + FQ_SLOT_SIZE - 4) != fq_crc32c(0, s, FQ_SLOT_SIZE - 4)) {
		return 0;
	}
	st->seq = fq_get64(s + 0);
	st->head = fq_get64(s + 8);
	st->tail = fq_get64(s + 16);
	st->hwm = fq_get64(s + 24);
	st->pushed = fq_get64(s + 32);
	st->popped = fq_get64(s + 40);
	st->dropped = fq_get64(s + 48);
	st->boot_len = fq_get32(s + 56);
	st->boot_crc = fq_get32(s + 60);
	st->boot_area = fq_get32(s + 64);
	st->punched = fq_get32(s + 68);
	st->rhead = fq_get64(s + 72);
	st->released = fq_get64(s + 80);
	st->reserved = fq_get64(s + 88);
	st->acked = fq_get64(s + 96);
	st->region[0] = fq_get64(s + 104);
	st->region[1] = fq_get64(s + 112);
	st->delay_gen = fq_get32(s + 120);
	/* A plain file never writes these; a job queue keeps head <= rhead <= tail. */
	if (jobs ? st->rhead < st->head || st->rhead > st->tail : st->rhead != 0 || st->released != 0) {
		return 0;
	}
	fq_state_bound_released(st);  /* as written by a build without fq_framed_commit()'s bound */
	/*
	 * A commit goes to slot (seq & 1), so the other slot keeps the state it
	 * replaces: a slot in the wrong place, or a generation near wrapping (the
	 * next commit would lose to the older slot), comes from a damaged file.
	 */
	return (st->seq & 1) == index && st->seq < FQ_SEQ_MAX
		&& st->head <= st->tail && st->tail <= st->hwm && st->hwm < ((uint64_t) 1 << 48)
		&& st->hwm <= (((uint64_t) 1 << 62) - FQ_HEADER_SIZE) / frame_size
		&& fq_slot_regions_ok(st);
}

/*
 * Reads the queue's state from the commit slots: the valid slot with the
 * larger generation. Generations only grow, so when the larger one is the
 * generation this handle last read or wrote, nothing was committed since and
 * the copy in q->st is that slot: no checksum to compute on the hot path.
 */
int fq_framed_load_state(fq_queue_t *q, fq_error_t *err)
{
	const unsigned char *a = q->map + FQ_OFF_SLOTS, *b = a + FQ_SLOT_SIZE;
	unsigned ni = fq_get64(a) > fq_get64(b) ? 0 : 1;
	const unsigned char *newest = ni == 0 ? a : b;
	const unsigned char *older = ni == 0 ? b : a;
	fq_state_t st;

	if (q->st.seq != 0 && fq_get64(newest) == q->st.seq) {
		return FQ_OK;
	}
	if (fq_slot_decode(newest, ni, &st, q->frame_size, q->jobs)
			|| fq_slot_decode(older, ni ^ 1, &st, q->frame_size, q->jobs)) {
		q->st = st;
		return FQ_OK;
	}
	return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: both commit slots are damaged", q->path);
}

/*
 * Undoes the commit just made, under the same lock (so no other process saw
 * it): the previous state is written again with the next generation. Used when
 * what follows the commit fails (its fdatasync, clear's truncate), so that an
 * operation that throws leaves the queue as it was.
 */
void fq_framed_rollback(fq_queue_t *q, const fq_state_t *prev)
{
	unsigned char slot[FQ_SLOT_SIZE];
	fq_state_t back = *prev;

	back.seq = q->st.seq + 1;
	fq_slot_encode(slot, &back);
	memcpy(q->map + FQ_OFF_SLOTS + (back.seq & 1) * FQ_SLOT_SIZE, slot, FQ_SLOT_SIZE);
	q->st = back;
}

/*
 * Makes st the queue's state: the next slot is written whole, the other one
 * keeps the previous state. With FQ_QUEUE_SYNC a failed fdatasync rolls the
 * commit back and reports the error.
 */
int fq_framed_commit(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	unsigned char slot[FQ_SLOT_SIZE];
	fq_state_t prev = q->st;
	int rc;

	if (q->st.seq + 1 >= FQ_SEQ_MAX) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: commit generation exhausted", q->path);
	}
	st->seq = q->st.seq + 1;
	fq_state_bound_released(st);
	fq_slot_encode(slot, st);
#ifdef FQ_DEBUG_HOOKS
	if (getenv("FILEQ_CRASH_AT") != NULL && strcmp(getenv("FILEQ_CRASH_AT"), "commit:torn") == 0) {
		/* Half a slot, as a writer killed inside memcpy would leave it. */
		memcpy(q->map + FQ_OFF_SLOTS + (st->seq & 1) * FQ_SLOT_SIZE, slot, FQ_SLOT_SIZE / 2);
		FQ_HOOK("commit:torn");
	}
#endif
	FQ_HOOK("commit:before");
	memcpy(q->map + FQ_OFF_SLOTS + (st->seq & 1) * FQ_SLOT_SIZE, slot, FQ_SLOT_SIZE);
	FQ_HOOK("commit:after");
	q->st = *st;
	if (q->flags & FQ_QUEUE_SYNC) {
		rc = fq_sync(q, err);
		if (rc != FQ_OK) {
			fq_framed_rollback(q, &prev);
			*st = q->st;
		}
		return rc;
	}
	return FQ_OK;
}

void fq_framed_wake(fq_queue_t *q)
{
	fq_wake_all(q->dev, q->ino, q->map + FQ_OFF_WAKE, q->map + FQ_OFF_WAITERS);
}

/* The header a new file gets, its magic left zero (written last). */
static void fq_header_build(unsigned char hdr[FQ_HEADER_SIZE], uint32_t frame_size, int jobs)
{
	fq_state_t st;

	memset(hdr, 0, FQ_HEADER_SIZE);
	memcpy(hdr, fq_magic, sizeof(fq_magic));
	fq_put32(hdr + FQ_OFF_VERSION, jobs ? FQ_VERSION_JOBS : FQ_VERSION);
	fq_put32(hdr + FQ_OFF_HDRSIZE, FQ_HEADER_SIZE);
	fq_put32(hdr + FQ_OFF_FRAMESIZE, frame_size);
	fq_put32(hdr + FQ_OFF_FLAGS, 0);
	fq_put32(hdr + FQ_OFF_HCRC, fq_crc32c(0, hdr, FQ_OFF_HCRC));
	memset(&st, 0, sizeof(st));
	st.seq = 1;
	fq_slot_encode(hdr + FQ_OFF_SLOTS + FQ_SLOT_SIZE, &st);
	memset(hdr, 0, sizeof(fq_magic));
}

/*
 * Whether a file with no magic is what a creator killed half-way leaves: at
 * most a header's bytes, all zero or the start of the header it was writing.
 * Anything else is someone's data (or a used queue whose magic was damaged),
 * not to be overwritten: the caller reports it as not a queue.
 */
static int fq_header_unfinished(fq_queue_t *q, uint64_t size, int *unfinished, fq_error_t *err)
{
	unsigned char buf[FQ_HEADER_SIZE], want[FQ_HEADER_SIZE];
	size_t got, i;
	int zero = 1, rc;

	*unfinished = 0;
	if (size > FQ_HEADER_SIZE) {
		return FQ_OK;
	}
	if ((rc = fq_io_read(q->fd, q->path, 0, buf, sizeof(buf), &got, err)) != FQ_OK) {
		return rc;
	}
	for (i = 0; i < got; i++) {
		zero &= buf[i] == 0;
	}
	if (zero) {
		*unfinished = 1;
	} else if (got >= FQ_OFF_FRAMESIZE + 4) {
		fq_header_build(want, fq_get32(buf + FQ_OFF_FRAMESIZE), fq_get32(buf + FQ_OFF_VERSION) == FQ_VERSION_JOBS);
		*unfinished = memcmp(buf, want, got) == 0;
	}
	return FQ_OK;
}

/* Writes a fresh header; the magic goes last, so a creator killed half-way leaves a file we re-create. */
static int fq_header_init(fq_queue_t *q, fq_error_t *err)
{
	unsigned char hdr[FQ_HEADER_SIZE];
	int rc;

	if (q->frame_size == 0) {
		q->frame_size = FQ_FRAME_SIZE_DEFAULT;  /* a new file, and the caller left the size to the file */
	}
	q->jobs = (q->flags & FQ_QUEUE_JOBS) != 0;
	fq_header_build(hdr, q->frame_size, q->jobs);

	rc = fq_io_truncate(q->fd, q->path, 0, err);
	if (rc == FQ_OK) {
		rc = fq_io_write(q->fd, q->path, 0, hdr, sizeof(hdr), sizeof(hdr), err);
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	if (rc == FQ_OK) {
		FQ_HOOK("init:before-magic");
		rc = fq_io_write(q->fd, q->path, 0, fq_magic, sizeof(fq_magic), sizeof(fq_magic), err);
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	return rc;
}

int fq_framed_header_check(fq_queue_t *q, uint64_t size, fq_error_t *err)
{
	unsigned char hdr[FQ_OFF_SLOTS];
	size_t got, i;
	int rc, blank = 1, unfinished = 0;

	rc = fq_io_read(q->fd, q->path, 0, hdr, sizeof(hdr), &got, err);
	if (rc != FQ_OK) {
		return rc;
	}
	for (i = 0; i < sizeof(fq_magic) && i < got; i++) {
		blank &= hdr[i] == 0;
	}
	if (size > 0 && blank && (rc = fq_header_unfinished(q, size, &unfinished, err)) != FQ_OK) {
		return rc;
	}
	if (size == 0 || unfinished) {
		return fq_header_init(q, err);
	}
	if (got < sizeof(hdr) || memcmp(hdr, fq_magic, sizeof(fq_magic)) != 0) {
		return fq_error_set(err, FQ_ECORRUPT, "'%s' is not a fileq queue file (no fileq header)", q->path);
	}
	if (fq_get32(hdr + FQ_OFF_HCRC) != fq_crc32c(0, hdr, FQ_OFF_HCRC)) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: header checksum mismatch", q->path);
	}
	if ((fq_get32(hdr + FQ_OFF_VERSION) != FQ_VERSION && fq_get32(hdr + FQ_OFF_VERSION) != FQ_VERSION_JOBS)
			|| fq_get32(hdr + FQ_OFF_HDRSIZE) != FQ_HEADER_SIZE) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' has format version %u, this fileq reads versions %u and %u",
			q->path, (unsigned) fq_get32(hdr + FQ_OFF_VERSION), (unsigned) FQ_VERSION, (unsigned) FQ_VERSION_JOBS);
	}
	q->jobs = fq_get32(hdr + FQ_OFF_VERSION) == FQ_VERSION_JOBS;
	if (size < FQ_HEADER_SIZE) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: truncated to %llu bytes",
			q->path, (unsigned long long) size);
	}
	if (fq_get32(hdr + FQ_OFF_FRAMESIZE) <= fq_framed_overhead(q) || fq_get32(hdr + FQ_OFF_FRAMESIZE) > FQ_FRAME_SIZE_MAX) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: its header names frames of %u bytes",
			q->path, (unsigned) fq_get32(hdr + FQ_OFF_FRAMESIZE));
	}
	if (q->frame_size == 0) {
		q->frame_size = fq_get32(hdr + FQ_OFF_FRAMESIZE);  /* the file's own */
	} else if (q->frame_size <= fq_framed_overhead(q)) {
		return fq_error_set(err, FQ_ESTATE, "queue '%s' is a job queue: its frames need more than %u bytes, not %u",
			q->path, (unsigned) FQ_JOB_OVERHEAD, (unsigned) q->frame_size);
	} else if (fq_get32(hdr + FQ_OFF_FRAMESIZE) != q->frame_size) {
		return fq_error_set(err, FQ_ESTATE, "queue '%s' holds frames of %u bytes, not %u",
			q->path, (unsigned) fq_get32(hdr + FQ_OFF_FRAMESIZE), (unsigned) q->frame_size);
	}
	return FQ_OK;
}

int fq_framed_sniff(int fd, const char *path, int *framed, fq_error_t *err)
{
	unsigned char head[sizeof(fq_magic)];
	size_t got;
	int rc = fq_io_read(fd, path, 0, head, sizeof(head), &got, err);

	*framed = rc == FQ_OK && got == sizeof(head) && memcmp(head, fq_magic, sizeof(head)) == 0;
	return rc;
}

int fq_framed_mutex_init(fq_queue_t *q, fq_error_t *err)
{
	int rc;

	memset(q->map + FQ_OFF_LOCKMAGIC, 0, 4);
	/* No one else has the file open: a waiter count left by a killed waiter is stale. */
	memset(q->map + FQ_OFF_WAITERS, 0, 4);
	rc = fq_lock_mutex_init(q->map + FQ_OFF_MUTEX, q->path, err);
	if (rc == FQ_OK) {
		fq_put32(q->map + FQ_OFF_LOCKMAGIC, FQ_LOCK_MAGIC);
		q->mutex = q->map + FQ_OFF_MUTEX;
	}
	return rc;
}
