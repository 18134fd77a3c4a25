/*
 * Delayed frames: a binary min-heap in the file's delay region
 * (framed_region.h), ordered by due time (wall clock ns: the file outlives
 * the boot whose monotonic clock would have measured it) and then by a
 * sequence number (push order), each entry naming a slot of a slab that holds
 * the frame's bytes. A push or a promotion changes O(log n) heap entries.
 *
 * The region's payload:
 *   0   u32 magic, u32 version, u32 slot size (the file's frame size), u32 0,
 *       u64 capacity, u32 CRC32C of these 24 bytes
 *   28  u32 applied: the generation whose changes are all in place
 *   32  u64 n (entries in the heap), u64 next sequence number
 *   64  the redo record: u32 generation, u32 bytes, u32 CRC32C, u32 0, then
 *       records (u64 payload offset, u32 length, u32 0, bytes padded to 8)
 *   4096               heap: capacity entries of {i64 due, u64 seq, u32 slot, u32 0}
 *   then               free slots: capacity u32; [0, capacity - n) are free
 *   then (8-aligned)   slab: capacity slots of the frame size: u32 length,
 *                      u32 CRC32C(length || payload), payload
 *
 * Crash safety. A change writes what no committed state names (a free slab
 * slot, the frame after the tail), then a redo record of every heap word it
 * changes, then commits a state whose delay_gen is the record's generation
 * (with the tail moved, for a promotion: one commit takes the frame out of the
 * heap and puts it in the queue), then applies the record and marks it
 * applied. A process killed before the commit leaves the old state, whose
 * region still holds it whole (the record is ignored: its generation is not
 * the state's); killed after it, the next lock holder finds applied behind the
 * state's delay_gen and applies the record again (it only writes values, so
 * applying twice is applying once). A full region is copied into one twice as
 * large, named by the next commit.
 */
#include "platform.h"
#include "delay.h"

#include <string.h>

#include "clock.h"
#include "crc32c.h"
#include "fdio.h"
#include "framed.h"
#include "hooks.h"

#define FQ_DL_MAGIC       0x4c44514du   /* "MQDL" */
#define FQ_DL_VERSION     1u
#define FQ_DL_OFF_APPLIED 28
#define FQ_DL_OFF_N       32
#define FQ_DL_OFF_SEQ     40
#define FQ_DL_OFF_REDO    64
#define FQ_DL_REDO_SIZE   4032
#define FQ_DL_OFF_HEAP    4096
#define FQ_DL_ENTRY       24
#define FQ_DL_CAP_FIRST   16
#define FQ_DL_CAP_MAX     ((uint64_t) 1 << 32)
#define FQ_DL_REC_MAX     24     /* bytes of one record's data: a heap entry at most */

typedef struct fq_dl_entry {
	int64_t due;
	uint64_t seq;
	uint32_t slot;
} fq_dl_entry_t;

/* One delay region as read under the lock, and the redo record being built. */
typedef struct fq_dl {
	uint64_t off;        /* the region's file offset (0: none) */
	uint64_t cap, n, seq;
	uint32_t ss;         /* slot size */
	uint32_t applied;
	uint64_t free_at, slab_at, size;  /* payload offsets of the free list and slab; payload bytes */
	size_t rlen;
	unsigned char redo[FQ_DL_REDO_SIZE];
} fq_dl_t;

static void fq_dl_layout(fq_dl_t *dl)
{
	dl->free_at = FQ_DL_OFF_HEAP + dl->cap * FQ_DL_ENTRY;
	dl->slab_at = (dl->free_at + dl->cap * 4 + 7) & ~(uint64_t) 7;
	dl->size = dl->slab_at + dl->cap * dl->ss;
}

static int fq_dl_corrupt(fq_queue_t *q, const char *what, fq_error_t *err)
{
	return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: its delayed frames' region %s", q->path, what);
}

/* ---- reading and writing the region's payload ------------------------------ */

static int fq_dl_wr(fq_queue_t *q, const fq_dl_t *dl, uint64_t at, const void *buf, size_t len, fq_error_t *err)
{
	return fq_io_write(q->fd, q->path, dl->off + FQ_REGION_HEAD + at, buf, len, len, err);
}

static int fq_dl_entry_parse(fq_queue_t *q, const fq_dl_t *dl, const unsigned char *b, fq_dl_entry_t *e,
                             fq_error_t *err)
{
	e->due = (int64_t) fq_get64(b);
	e->seq = fq_get64(b + 8);
	e->slot = fq_get32(b + 16);
	if (e->slot >= dl->cap) {
		return fq_dl_corrupt(q, "names a slot past its end", err);
	}
	return FQ_OK;
}

static int fq_dl_entry_get(fq_queue_t *q, const fq_dl_t *dl, uint64_t i, fq_dl_entry_t *e, fq_error_t *err)
{
	unsigned char b[FQ_DL_ENTRY];
	int rc = fq_region_read(q, dl->off, FQ_DL_OFF_HEAP + i * FQ_DL_ENTRY, b, sizeof(b), err);

	return rc == FQ_OK ? fq_dl_entry_parse(q, dl, b, e, err) : rc;
}

/* Entries i and i + 1, side by side in the heap: one read (a sift-down looks at both children of each level). */
static int fq_dl_entry_pair(fq_queue_t *q, const fq_dl_t *dl, uint64_t i, fq_dl_entry_t *e, fq_dl_entry_t *e2,
                            fq_error_t *err)
{
	unsigned char b[2 * FQ_DL_ENTRY];
	int rc = fq_region_read(q, dl->off, FQ_DL_OFF_HEAP + i * FQ_DL_ENTRY, b, sizeof(b), err);

	if (rc == FQ_OK) {
		rc = fq_dl_entry_parse(q, dl, b, e, err);
	}
	return rc == FQ_OK ? fq_dl_entry_parse(q, dl, b + FQ_DL_ENTRY, e2, err) : rc;
}

static int fq_dl_before(const fq_dl_entry_t *a, const fq_dl_entry_t *b)
{
	return a->due < b->due || (a->due == b->due && a->seq < b->seq);
}

/* ---- the redo record ---------------------------------------------------- */

static void fq_dl_redo_start(fq_dl_t *dl)
{
	dl->rlen = 16;
}

static int fq_dl_rec(fq_queue_t *q, fq_dl_t *dl, uint64_t at, const void *data, uint32_t len, fq_error_t *err)
{
	size_t need = 16 + (((size_t) len + 7) & ~(size_t) 7);

	if (len > FQ_DL_REC_MAX || dl->rlen + need > sizeof(dl->redo)) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s': a change of its delayed frames does not fit its redo record",
			q->path);
	}
	memset(dl->redo + dl->rlen, 0, need);
	fq_put64(dl->redo + dl->rlen, at);
	fq_put32(dl->redo + dl->rlen + 8, len);
	memcpy(dl->redo + dl->rlen + 16, data, len);
	dl->rlen += need;
	return FQ_OK;
}

static int fq_dl_rec_entry(fq_queue_t *q, fq_dl_t *dl, uint64_t i, const fq_dl_entry_t *e, fq_error_t *err)
{
	unsigned char b[FQ_DL_ENTRY];

	fq_put64(b, (uint64_t) e->due);
	fq_put64(b + 8, e->seq);
	fq_put32(b + 16, e->slot);
	fq_put32(b + 20, 0);
	return fq_dl_rec(q, dl, FQ_DL_OFF_HEAP + i * FQ_DL_ENTRY, b, sizeof(b), err);
}

static int fq_dl_rec64(fq_queue_t *q, fq_dl_t *dl, uint64_t at, uint64_t v, fq_error_t *err)
{
	unsigned char b[8];

	fq_put64(b, v);
	return fq_dl_rec(q, dl, at, b, 8, err);
}

static uint32_t fq_dl_redo_crc(const unsigned char *redo, size_t bytes)
{
	uint32_t crc = fq_crc32c(0, redo, 8);

	return fq_crc32c(crc, redo + 16, bytes - 16);
}

/* Writes the record's changes in place and marks gen applied. */
static int fq_dl_apply(fq_queue_t *q, fq_dl_t *dl, const unsigned char *redo, size_t bytes, uint32_t gen,
                       fq_error_t *err)
{
	unsigned char b[4];
	size_t at = 16;
	int rc = FQ_OK;

	while (rc == FQ_OK && at + 16 <= bytes) {
		uint64_t where = fq_get64(redo + at);
		uint32_t len = fq_get32(redo + at + 8);

		if (len > FQ_DL_REC_MAX || at + 16 + len > bytes || where < FQ_DL_OFF_N || where > dl->size
				|| len > dl->size - where || (where < FQ_DL_OFF_HEAP && where + len > FQ_DL_OFF_REDO)) {
			return fq_dl_corrupt(q, "has a damaged redo record", err);
		}
		rc = fq_dl_wr(q, dl, where, redo + at + 16, len, err);
		FQ_HOOK("delay:apply");
		at += 16 + (((size_t) len + 7) & ~(size_t) 7);
	}
	if (rc == FQ_OK) {
		fq_put32(b, gen);
		rc = fq_dl_wr(q, dl, FQ_DL_OFF_APPLIED, b, 4, err);
		dl->applied = gen;
	}
	return rc;
}

/* ---- loading, recovering ------------------------------------------------- */

static int fq_dl_header(fq_queue_t *q, fq_dl_t *dl, fq_error_t *err)
{
	unsigned char h[48];
	uint64_t len;
	int rc = fq_region_len(q, dl->off, &len, err);

	if (rc == FQ_OK) {
		rc = fq_region_read(q, dl->off, 0, h, sizeof(h), err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_get32(h) != FQ_DL_MAGIC || fq_get32(h + 4) != FQ_DL_VERSION || fq_get32(h + 24) != fq_crc32c(0, h, 24)) {
		return fq_dl_corrupt(q, "has a damaged header", err);
	}
	dl->ss = fq_get32(h + 8);
	dl->cap = fq_get64(h + 16);
	dl->applied = fq_get32(h + FQ_DL_OFF_APPLIED);
	dl->n = fq_get64(h + FQ_DL_OFF_N);
	dl->seq = fq_get64(h + FQ_DL_OFF_SEQ);
	if (dl->ss != q->frame_size || dl->cap == 0 || dl->cap > FQ_DL_CAP_MAX) {
		return fq_dl_corrupt(q, "has a damaged header", err);
	}
	fq_dl_layout(dl);
	if (dl->size + FQ_REGION_HEAD > len || dl->n > dl->cap) {
		return fq_dl_corrupt(q, "claims more than it holds", err);
	}
	return FQ_OK;
}

/*
 * The region the state names, with the changes of the state's generation in
 * place (a holder killed between its commit and the end of its apply leaves
 * them to the next one). dl->off 0: there is none.
 */
static int fq_dl_load(fq_queue_t *q, fq_dl_t *dl, fq_error_t *err)
{
	unsigned char head[16];
	uint32_t gen = q->st.delay_gen, bytes;
	int rc;

	memset(dl, 0, offsetof(fq_dl_t, redo));
	dl->off = q->st.region[FQ_REGION_DELAY];
	if (dl->off == 0) {
		return FQ_OK;
	}
	if ((rc = fq_dl_header(q, dl, err)) != FQ_OK || dl->applied == gen) {
		return rc;
	}
	rc = fq_region_read(q, dl->off, FQ_DL_OFF_REDO, head, sizeof(head), err);
	bytes = rc == FQ_OK ? fq_get32(head + 4) : 0;
	if (rc == FQ_OK && (fq_get32(head) != gen || bytes < 16 || bytes > FQ_DL_REDO_SIZE)) {
		rc = fq_dl_corrupt(q, "lags behind the queue's state with no record to catch up", err);
	}
	if (rc == FQ_OK) {
		rc = fq_region_read(q, dl->off, FQ_DL_OFF_REDO, dl->redo, bytes, err);
	}
	if (rc == FQ_OK && fq_get32(dl->redo + 8) != fq_dl_redo_crc(dl->redo, bytes)) {
		rc = fq_dl_corrupt(q, "has a damaged redo record", err);
	}
	if (rc == FQ_OK) {
		rc = fq_dl_apply(q, dl, dl->redo, bytes, gen, err);
	}
	return rc == FQ_OK ? fq_dl_header(q, dl, err) : rc;
}

/* What the handle knows after a look at the region: its count and earliest due time at this generation. */
static int fq_dl_remember(fq_queue_t *q, const fq_dl_t *dl, fq_error_t *err)
{
	fq_dl_entry_t root;
	int rc = FQ_OK;

	q->delay.off = dl->off;
	q->delay.gen = q->st.delay_gen;
	q->delay.count = dl->n;
	q->delay.next_ns = 0;
	if (dl->n > 0 && (rc = fq_dl_entry_get(q, dl, 0, &root, err)) == FQ_OK) {
		q->delay.next_ns = root.due;
	}
	if (rc != FQ_OK) {
		q->delay.off = 0;
	}
	return rc;
}

static int fq_dl_known(const fq_queue_t *q)
{
	return q->delay.off != 0 && q->delay.off == q->st.region[FQ_REGION_DELAY] && q->delay.gen == q->st.delay_gen;
}

void fq_delay_forget(fq_queue_t *q)
{
	memset(&q->delay, 0, sizeof(q->delay));
}

void fq_delay_clear(fq_state_t *st)
{
	st->region[FQ_REGION_DELAY] = 0;
}

/*
 * Commits st with the redo record built in dl as its generation, then applies
 * it. What the record names was written before; once the commit is made the
 * change is done, whatever happens to the apply (the next holder redoes it).
 */
static int fq_dl_commit(fq_queue_t *q, fq_dl_t *dl, fq_state_t *st, fq_error_t *err)
{
	uint32_t gen = q->st.delay_gen + 1;
	fq_error_t scratch;
	int rc;

	fq_put32(dl->redo, gen);
	fq_put32(dl->redo + 4, (uint32_t) dl->rlen);
	fq_put32(dl->redo + 12, 0);
	fq_put32(dl->redo + 8, fq_dl_redo_crc(dl->redo, dl->rlen));
	FQ_HOOK("delay:before-redo");
	rc = fq_dl_wr(q, dl, FQ_DL_OFF_REDO, dl->redo, dl->rlen, err);
	FQ_HOOK("delay:after-redo");
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_framed_sync(q, err);  /* the record and what it names are on disk before the slot that points at them */
	}
	if (rc != FQ_OK) {
		return rc;
	}
	st->delay_gen = gen;
	st->region[FQ_REGION_DELAY] = dl->off;
	rc = fq_framed_commit(q, st, err);
	if (rc != FQ_OK) {
		return rc;
	}
	FQ_HOOK("delay:after-commit");
	if (fq_dl_apply(q, dl, dl->redo, dl->rlen, gen, &scratch) != FQ_OK) {
		fq_delay_forget(q);  /* committed all the same: the next call applies the record again */
	}
	return FQ_OK;
}

/* ---- making and growing the region ------------------------------------- */

/*
 * A region of cap entries holding what old holds (old->off 0: nothing), its
 * changes applied at the state's generation, named by the commit that ends
 * this. A new region (none before) takes the next generation, so that no
 * handle mistakes it for one it knew.
 */
static int fq_dl_make(fq_queue_t *q, fq_dl_t *dl, uint64_t cap, fq_error_t *err)
{
	fq_state_t st = q->st;
	fq_dl_t nd;
	unsigned char h[FQ_DL_OFF_REDO], len8[8], ids[4096];
	uint64_t i, off, nfree;
	int rc;

	memset(&nd, 0, offsetof(fq_dl_t, redo));
	nd.cap = cap;
	nd.ss = q->frame_size;
	nd.n = dl->off != 0 ? dl->n : 0;
	nd.seq = dl->off != 0 ? dl->seq : 0;
	nd.applied = dl->off != 0 ? st.delay_gen : st.delay_gen + 1;
	fq_dl_layout(&nd);
	if (nd.size + FQ_REGION_HEAD > FQ_REGION_MAX) {
		return fq_error_set(err, FQ_ETOOBIG, "queue '%s' cannot keep more delayed frames (%llu)", q->path,
			(unsigned long long) dl->n);
	}
	rc = fq_region_place(q, &st, nd.size + FQ_REGION_HEAD, &off, err);
	if (rc == FQ_OK) {
		nd.off = off;
		rc = fq_io_allocate(q->fd, q->path, off, off + FQ_REGION_HEAD + nd.size, err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	memset(h, 0, sizeof(h));
	fq_put32(h, FQ_DL_MAGIC);
	fq_put32(h + 4, FQ_DL_VERSION);
	fq_put32(h + 8, nd.ss);
	fq_put64(h + 16, nd.cap);
	fq_put32(h + 24, fq_crc32c(0, h, 24));
	fq_put32(h + FQ_DL_OFF_APPLIED, nd.applied);
	fq_put64(h + FQ_DL_OFF_N, nd.n);
	fq_put64(h + FQ_DL_OFF_SEQ, nd.seq);
	fq_put64(len8, FQ_REGION_HEAD + nd.size);
	rc = fq_io_write(q->fd, q->path, off, len8, 8, 8, err);
	if (rc == FQ_OK) {
		rc = fq_dl_wr(q, &nd, 0, h, sizeof(h), err);
	}
	/* an empty redo record: its generation is 0, its checksum wrong, never applied */
	if (rc == FQ_OK) {
		memset(h, 0, 16);
		rc = fq_dl_wr(q, &nd, FQ_DL_OFF_REDO, h, 16, err);
	}
	if (rc == FQ_OK && dl->off != 0) {
		/* the heap, the free slots, the slab */
		nfree = dl->cap - dl->n;
		rc = fq_region_copy(q, dl->off + FQ_REGION_HEAD + FQ_DL_OFF_HEAP, off + FQ_REGION_HEAD + FQ_DL_OFF_HEAP,
			dl->n * FQ_DL_ENTRY, err);
		if (rc == FQ_OK) {
			rc = fq_region_copy(q, dl->off + FQ_REGION_HEAD + dl->free_at, off + FQ_REGION_HEAD + nd.free_at, nfree * 4, err);
		}
		if (rc == FQ_OK) {
			rc = fq_region_copy(q, dl->off + FQ_REGION_HEAD + dl->slab_at, off + FQ_REGION_HEAD + nd.slab_at,
				dl->cap * (uint64_t) dl->ss, err);
		}
	} else {
		nfree = 0;
	}
	/* the new slots [old cap, cap) join the free list above the old free ones */
	for (i = dl->off != 0 ? dl->cap : 0; rc == FQ_OK && i < cap; ) {
		size_t k = 0;
		uint64_t first = i;

		while (i < cap && k + 4 <= sizeof(ids)) {
			fq_put32(ids + k, (uint32_t) (cap - 1 - (i - (dl->off != 0 ? dl->cap : 0))));
			k += 4;
			i++;
		}
		rc = fq_dl_wr(q, &nd, nd.free_at + (nfree + first - (dl->off != 0 ? dl->cap : 0)) * 4, ids, k, err);
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_framed_sync(q, err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	FQ_HOOK("delay:before-grow-commit");
	st.region[FQ_REGION_DELAY] = off;
	st.delay_gen = nd.applied;
	rc = fq_framed_commit(q, &st, err);
	if (rc == FQ_OK) {
		memcpy(dl, &nd, offsetof(fq_dl_t, redo));
	}
	return rc;
}

/* ---- the operations ------------------------------------------------------- */

int fq_delay_push(fq_queue_t *q, const void *data, size_t len, int64_t due_ns, fq_error_t *err)
{
	fq_state_t st;
	fq_dl_t dl;
	fq_dl_entry_t e, p;
	unsigned char sh[8], b4[4];
	uint64_t i, at;
	int rc = fq_dl_load(q, &dl, err);

	if (rc == FQ_OK && (dl.off == 0 || dl.n == dl.cap)) {
		if (dl.off != 0 && dl.cap >= FQ_DL_CAP_MAX) {
			return fq_error_set(err, FQ_ETOOBIG, "queue '%s' cannot keep more delayed frames (%llu)", q->path,
				(unsigned long long) dl.n);
		}
		rc = fq_dl_make(q, &dl, dl.off == 0 ? FQ_DL_CAP_FIRST : dl.cap * 2, err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	/* the frame into the free slot on top of the list: nothing names it yet */
	rc = fq_region_read(q, dl.off, dl.free_at + (dl.cap - dl.n - 1) * 4, b4, 4, err);
	if (rc != FQ_OK) {
		return rc;
	}
	e.due = due_ns;
	e.seq = dl.seq;
	e.slot = fq_get32(b4);
	if (e.slot >= dl.cap) {
		return fq_dl_corrupt(q, "names a slot past its end", err);
	}
	at = dl.slab_at + (uint64_t) e.slot * dl.ss;
	fq_put32(sh, (uint32_t) len);
	fq_put32(sh + 4, fq_crc32c(fq_crc32c(0, sh, 4), data, len));
	FQ_HOOK("delay:before-slot");
	rc = fq_dl_wr(q, &dl, at + 8, data, len, err);
	if (rc == FQ_OK) {
		rc = fq_dl_wr(q, &dl, at, sh, 8, err);
	}
	/* sift up: parents later than the new entry move down a level */
	fq_dl_redo_start(&dl);
	for (i = dl.n; rc == FQ_OK && i > 0; ) {
		uint64_t parent = (i - 1) / 2;

		rc = fq_dl_entry_get(q, &dl, parent, &p, err);
		if (rc != FQ_OK || !fq_dl_before(&e, &p)) {
			break;
		}
		rc = fq_dl_rec_entry(q, &dl, i, &p, err);
		i = parent;
	}
	if (rc == FQ_OK) {
		rc = fq_dl_rec_entry(q, &dl, i, &e, err);
	}
	if (rc == FQ_OK) {
		rc = fq_dl_rec64(q, &dl, FQ_DL_OFF_N, dl.n + 1, err);
	}
	if (rc == FQ_OK) {
		rc = fq_dl_rec64(q, &dl, FQ_DL_OFF_SEQ, dl.seq + 1, err);
	}
	if (rc == FQ_OK) {
		st = q->st;
		rc = fq_dl_commit(q, &dl, &st, err);
	}
	if (rc == FQ_OK) {
		fq_error_t scratch;

		q->wake = 1;  /* a sleeper may have to wake sooner: it computes its sleep again */
		if (dl.applied == q->st.delay_gen) {
			dl.n++;
			(void) fq_dl_remember(q, &dl, &scratch);
		}
	}
	return rc;
}

/* Takes the heap's root (due) out into the queue's tail: one commit. *done: nothing more to do now. */
static int fq_dl_promote_one(fq_queue_t *q, int64_t now, int *done, fq_error_t *err)
{
	fq_state_t st = q->st;
	fq_dl_t dl;
	fq_dl_entry_t root, last, c, c2;
	unsigned char sh[8], b4[4];
	uint64_t i, n, slot_at;
	uint32_t flen;
	int rc = fq_dl_load(q, &dl, err), torn = 0;

	*done = 1;
	if (rc != FQ_OK) {
		return rc;
	}
	if (dl.off == 0 || dl.n == 0) {
		return fq_dl_remember(q, &dl, err);
	}
	if ((rc = fq_dl_entry_get(q, &dl, 0, &root, err)) != FQ_OK) {
		return rc;
	}
	if (root.due > now) {
		return fq_dl_remember(q, &dl, err);
	}
	/* room at the tail first: growing may move the region (its new place is committed before frames cover the old) */
	rc = fq_framed_room(q, &st, err);
	if (rc != FQ_OK) {
		return rc;
	}
	dl.off = st.region[FQ_REGION_DELAY];
	slot_at = dl.slab_at + (uint64_t) root.slot * dl.ss;
	rc = fq_region_read(q, dl.off, slot_at, sh, 8, err);
	if (rc != FQ_OK) {
		return rc;
	}
	flen = fq_get32(sh);
	if (flen > q->frame_size - fq_framed_overhead(q) || flen > dl.ss - 8) {
		torn = 1;
	} else {
		unsigned char *payload = fq_framed_frame(q, st.tail) + fq_framed_overhead(q);

		FQ_HOOK("delay:before-frame");
		rc = fq_region_read(q, dl.off, slot_at + 8, payload, flen, err);
		if (rc != FQ_OK) {
			return rc;
		}
		torn = fq_get32(sh + 4) != fq_crc32c(fq_crc32c(0, sh, 4), payload, flen);
	}
	if (torn) {
		st.dropped++;  /* a slot its writer did not finish: never returned */
	} else {
		fq_framed_seal(q, &st, flen);
		FQ_HOOK("delay:after-frame");
		if (q->flags & FQ_QUEUE_SYNC) {
			rc = fq_framed_sync(q, err);
			if (rc != FQ_OK) {
				return rc;
			}
		}
	}
	/* sift down: the last entry goes where the root was, children earlier than it move up */
	n = dl.n - 1;
	fq_dl_redo_start(&dl);
	if (n > 0) {
		rc = fq_dl_entry_get(q, &dl, n, &last, err);
		for (i = 0; rc == FQ_OK; ) {
			uint64_t l = 2 * i + 1, pick;

			if (l >= n) {
				break;
			}
			rc = l + 1 < n ? fq_dl_entry_pair(q, &dl, l, &c, &c2, err) : fq_dl_entry_get(q, &dl, l, &c, err);
			if (rc != FQ_OK) {
				break;
			}
			pick = l;
			if (l + 1 < n && fq_dl_before(&c2, &c)) {
				c = c2;
				pick = l + 1;
			}
			if (!fq_dl_before(&c, &last)) {
				break;
			}
			rc = fq_dl_rec_entry(q, &dl, i, &c, err);
			i = pick;
		}
		if (rc == FQ_OK) {
			rc = fq_dl_rec_entry(q, &dl, i, &last, err);
		}
	}
	fq_put32(b4, root.slot);
	if (rc == FQ_OK) {
		rc = fq_dl_rec(q, &dl, dl.free_at + (dl.cap - dl.n) * 4, b4, 4, err);  /* the slot back on the free list */
	}
	if (rc == FQ_OK) {
		rc = fq_dl_rec64(q, &dl, FQ_DL_OFF_N, n, err);
	}
	if (rc == FQ_OK) {
		FQ_HOOK("delay:before-promote");
		rc = fq_dl_commit(q, &dl, &st, err);
	}
	if (rc == FQ_OK) {
		q->wake = 1;  /* a frame to take: waiters are woken at the unlock */
		*done = 0;
	}
	return rc;
}

int fq_delay_promote(fq_queue_t *q, fq_error_t *err)
{
	int64_t now;
	int done = 0, rc = FQ_OK, k;

	if (q->st.region[FQ_REGION_DELAY] == 0) {
		return FQ_OK;
	}
	now = fq_wall_ns();
	if (fq_dl_known(q) && (q->delay.count == 0 || q->delay.next_ns > now)) {
		return FQ_OK;
	}
	for (k = 0; k < FQ_DELAY_PROMOTE_MAX && !done && rc == FQ_OK; k++) {
		rc = fq_dl_promote_one(q, now, &done, err);
	}
	if (rc == FQ_OK && !done) {
		fq_delay_forget(q);  /* more are due: the next call looks again */
	}
	return rc;
}

int fq_delay_status(fq_queue_t *q, uint64_t *count, int64_t *next_ns, fq_error_t *err)
{
	fq_dl_t dl;
	int rc = FQ_OK;

	*count = 0;
	*next_ns = 0;
	if (q->st.region[FQ_REGION_DELAY] == 0) {
		return FQ_OK;
	}
	if (!fq_dl_known(q)) {
		rc = fq_dl_load(q, &dl, err);
		if (rc == FQ_OK) {
			rc = fq_dl_remember(q, &dl, err);
		}
	}
	if (rc == FQ_OK) {
		*count = q->delay.count;
		*next_ns = q->delay.count > 0 ? q->delay.next_ns : 0;
	}
	return rc;
}
