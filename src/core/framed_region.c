/*
 * Regions after the frames (framed_region.h): placing, reading, writing and
 * moving them. Few and rarely moved (the frames grow by doubling), so every
 * look at a region's length is a pread: nothing about them is cached.
 */
#include "platform.h"
#include "framed_region.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fdio.h"
#include "framed.h"
#include "hooks.h"

#define FQ_REGION_COUNT  (sizeof(((fq_state_t *) 0)->region) / sizeof(((fq_state_t *) 0)->region[0]))
/*
 * Bytes copied per step when a region moves: below malloc's mmap threshold (a
 * 1 MiB buffer was a fresh mapping each time, and its page faults most of a
 * move's time).
 */
#define FQ_REGION_COPY   (1u << 16)
#define FQ_REGION_SLACK_MIN ((uint64_t) 64 << 10)
#define FQ_REGION_SLACK_MAX ((uint64_t) 64 << 20)

static uint64_t fq_region_align(uint64_t off)
{
	return (off + FQ_REGION_ALIGN - 1) / FQ_REGION_ALIGN * FQ_REGION_ALIGN;
}

uint64_t fq_region_frames_end(const fq_queue_t *q, const fq_state_t *st)
{
	return FQ_HEADER_SIZE + st->hwm * (uint64_t) q->frame_size;
}

int fq_region_len(fq_queue_t *q, uint64_t off, uint64_t *len, fq_error_t *err)
{
	unsigned char head[FQ_REGION_HEAD];
	uint64_t size = 0;
	size_t got;
	int rc = fq_io_read(q->fd, q->path, off, head, sizeof(head), &got, err);

	if (rc == FQ_OK) {
		rc = fq_io_size(q->fd, q->path, &size, NULL, err);
	}
	if (rc != FQ_OK) {
		return rc;
	}
	*len = got == sizeof(head) ? fq_get64(head) : 0;
	/* Bounded by what the file holds: a damaged length must not make a move copy terabytes under the lock. */
	if (*len < FQ_REGION_HEAD || *len > FQ_REGION_MAX || off > size || *len > size - off) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: no region at offset %llu",
			q->path, (unsigned long long) off);
	}
	return FQ_OK;
}

int fq_region_len_of(fq_queue_t *q, const fq_state_t *st, size_t i, uint64_t *len, fq_error_t *err)
{
	int rc = fq_region_len(q, st->region[i], len, err);

	if (rc == FQ_OK && i == FQ_REGION_BOOT && st->boot_area == FQ_BOOT_IN_REGION
			&& *len != (uint64_t) st->boot_len + FQ_REGION_HEAD) {
		rc = fq_error_set(err, FQ_ECORRUPT, "boot frame of '%s' is damaged (its region holds %llu bytes, not %u)",
			q->path, (unsigned long long) *len, (unsigned) st->boot_len + FQ_REGION_HEAD);
	}
	return rc;
}

int fq_region_place(fq_queue_t *q, const fq_state_t *st, uint64_t len, uint64_t *off, fq_error_t *err)
{
	/*
	 * Room left for the frames to grow into before they reach the region (a
	 * hole: no disk): as much as they take now, 64 KiB at the least, 64 MiB
	 * at the most, like their own growth steps. Without it a queue that
	 * grows moved its regions at every growth step.
	 */
	uint64_t frames = fq_region_frames_end(q, st) - FQ_HEADER_SIZE;
	uint64_t slack = frames < FQ_REGION_SLACK_MIN ? FQ_REGION_SLACK_MIN : frames > FQ_REGION_SLACK_MAX ? FQ_REGION_SLACK_MAX : frames;
	uint64_t at = fq_region_align(FQ_HEADER_SIZE + frames + (frames > 0 ? slack : 0)), rlen, in_way[2 * FQ_REGION_COUNT];
	size_t i, n = 0;
	int rc, moved = 1;

	/*
	 * In the way: st's regions, and the committed state's, whose bytes must
	 * stay until a commit names the new places (a pass that moves one region
	 * and then another must not copy the second over the first's old place).
	 */
	for (i = 0; i < FQ_REGION_COUNT; i++) {
		if (st->region[i] != 0) {
			in_way[n++] = st->region[i];
		}
		if (q->st.region[i] != 0 && q->st.region[i] != st->region[i]) {
			in_way[n++] = q->st.region[i];
		}
	}
	/* Few regions: step past each one in the way until none is. */
	while (moved) {
		moved = 0;
		for (i = 0; i < n; i++) {
			if ((rc = fq_region_len(q, in_way[i], &rlen, err)) != FQ_OK) {
				return rc;
			}
			if (at < in_way[i] + rlen && in_way[i] < at + len) {
				at = fq_region_align(in_way[i] + rlen);
				moved = 1;
			}
		}
	}
	*off = at;
	return FQ_OK;
}

int fq_region_write(fq_queue_t *q, uint64_t off, const void *data, size_t len, fq_error_t *err)
{
	unsigned char head[FQ_REGION_HEAD];
	int rc;

	fq_put64(head, (uint64_t) len + FQ_REGION_HEAD);
	rc = fq_io_write(q->fd, q->path, off + FQ_REGION_HEAD, data, len, len, err);
	if (rc == FQ_OK) {
		rc = fq_io_write(q->fd, q->path, off, head, sizeof(head), sizeof(head), err);
	}
	return rc;
}

int fq_region_read(fq_queue_t *q, uint64_t off, uint64_t at, void *buf, size_t len, fq_error_t *err)
{
	size_t got;
	int rc = fq_io_read(q->fd, q->path, off + FQ_REGION_HEAD + at, buf, len, &got, err);

	if (rc == FQ_OK && got != len) {
		rc = fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: region at offset %llu is cut short",
			q->path, (unsigned long long) off);
	}
	return rc;
}

int fq_region_copy(fq_queue_t *q, uint64_t from, uint64_t to, uint64_t len, fq_error_t *err)
{
	size_t step = len < FQ_REGION_COPY ? (size_t) len : FQ_REGION_COPY, got;
	unsigned char *buf;
	uint64_t done = 0;
	int rc = FQ_OK;

	if (len == 0) {
		return FQ_OK;
	}
	buf = malloc(step);
	if (buf == NULL) {
		return fq_error_sys(err, ENOMEM, "malloc (moving a region)", q->path);
	}
	while (rc == FQ_OK && done < len) {
		size_t n = len - done < step ? (size_t) (len - done) : step;

		rc = fq_io_read(q->fd, q->path, from + done, buf, n, &got, err);
		if (rc == FQ_OK && got != n) {
			rc = fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: region at offset %llu is cut short",
				q->path, (unsigned long long) from);
		}
		if (rc == FQ_OK) {
			rc = fq_io_write(q->fd, q->path, to + done, buf, n, n, err);
		}
		done += n;
	}
	free(buf);
	return rc;
}

/* Moves region i of st to the lowest place past frames ending at end (st names the copy); *moved when it moved. */
static int fq_region_move(fq_queue_t *q, fq_state_t *st, size_t i, uint64_t end, int down, int *moved,
                          fq_error_t *err)
{
	fq_state_t probe = *st;
	uint64_t len, to;
	int rc;

	if ((rc = fq_region_len_of(q, st, i, &len, err)) != FQ_OK) {
		return rc;
	}
	/* Placed as if the frames ended at end; the region itself stays in the way until the copy is committed. */
	probe.hwm = (end - FQ_HEADER_SIZE + q->frame_size - 1) / q->frame_size;
	if ((rc = fq_region_place(q, &probe, len, &to, err)) != FQ_OK) {
		return rc;
	}
	if (down ? to >= st->region[i] : st->region[i] >= end) {
		return FQ_OK;
	}
	FQ_HOOK("region:before-copy");
	if ((rc = fq_region_copy(q, st->region[i], to, len, err)) != FQ_OK) {
		return rc;
	}
	if ((q->flags & FQ_QUEUE_SYNC) && (rc = fq_framed_sync(q, err)) != FQ_OK) {
		return rc;
	}
	FQ_HOOK("region:after-copy");
	st->region[i] = to;
	*moved = 1;
	return FQ_OK;
}

int fq_region_clear_of(fq_queue_t *q, fq_state_t *st, uint64_t end, int *moved, fq_error_t *err)
{
	size_t i;
	int rc;

	*moved = 0;
	for (i = 0; i < FQ_REGION_COUNT; i++) {
		if (st->region[i] != 0 && (rc = fq_region_move(q, st, i, end, 0, moved, err)) != FQ_OK) {
			return rc;
		}
	}
	return FQ_OK;
}

void fq_region_settle(fq_queue_t *q)
{
	fq_state_t st = q->st;
	fq_error_t scratch;
	size_t i;
	int moved = 0;

	for (i = 0; i < FQ_REGION_COUNT; i++) {
		if (st.region[i] != 0 && fq_region_move(q, &st, i, fq_region_frames_end(q, &st), 1, &moved, &scratch) != FQ_OK) {
			return;
		}
	}
	if (moved && fq_framed_commit(q, &st, &scratch) != FQ_OK) {
		return;
	}
	fq_region_trim(q);
}

void fq_region_trim(fq_queue_t *q)
{
	fq_error_t scratch;
	uint64_t end = fq_region_frames_end(q, &q->st), len, size;
	size_t i;

	for (i = 0; i < FQ_REGION_COUNT; i++) {
		if (q->st.region[i] != 0) {
			if (fq_region_len(q, q->st.region[i], &len, &scratch) != FQ_OK) {
				return;
			}
			if (q->st.region[i] + len > end) {
				end = q->st.region[i] + len;
			}
		}
	}
	if (fq_io_size(q->fd, q->path, &size, NULL, &scratch) == FQ_OK && size > end) {
		FQ_HOOK("region:before-cut");
		(void) fq_io_shrink(q->fd, q->path, end, &scratch);
	}
}
