#include "platform.h"
#include "raw.h"

#include <errno.h>
#include <string.h>

#include "fdio.h"
#include "format.h"
#include "lock.h"
#include "os.h"

static int fq_is_trim_char(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == 0x0B;
}

size_t fq_raw_trim(const unsigned char *buf, size_t len, size_t *start)
{
	size_t lo = 0, hi = len;
	uint64_t word;

	/* A frame is mostly NUL padding: skipped eight bytes at a time (it was a quarter of a pop's instructions). */
	while (hi >= sizeof(word)) {
		memcpy(&word, buf + hi - sizeof(word), sizeof(word));
		if (word != 0) {
			break;
		}
		hi -= sizeof(word);
	}
	while (hi > lo && fq_is_trim_char(buf[hi - 1])) {
		hi--;
	}
	while (lo < hi && fq_is_trim_char(buf[lo])) {
		lo++;
	}
	*start = lo;
	return hi - lo;
}

int fq_raw_write(int fd, const char *path, uint64_t offset, const void *data, size_t len,
                 size_t frame_size, fq_error_t *err)
{
	if (len > frame_size) {
		return fq_error_set(err, FQ_ETOOBIG, "frame of %zu bytes does not fit in %zu", len, frame_size);
	}
	return fq_io_write(fd, path, offset, data, len, frame_size, err);
}

int fq_raw_append(int fd, const char *path, const void *data, size_t len, size_t frame_size,
                  uint64_t size, fq_error_t *err)
{
	int rc = fq_raw_write(fd, path, size, data, len, frame_size, err);

	if (rc != FQ_OK) {
		/* A short append (a full disk) would leave a partial frame that shifts
		 * every later frame off its boundary: cut the file back (best effort). */
		fq_error_t scratch;

		(void) fq_io_truncate(fd, path, size, &scratch);
	}
	return rc;
}

int fq_raw_push(int fd, const char *path, const void *data, size_t len, size_t frame_size,
                int64_t cursor, uint64_t *out, fq_error_t *err)
{
	uint64_t at = 0;  /* set on every path; -O2 cannot see it through fq_io_size() */
	int rc;

	if (cursor == FQ_RAW_APPEND) {
		rc = fq_io_size(fd, path, &at, NULL, err);
		if (rc != FQ_OK) {
			return rc;
		}
	} else if (cursor < 0) {
		return fq_error_set(err, FQ_EARG, "cursor %lld is negative", (long long) cursor);
	} else {
		at = (uint64_t) cursor;
	}
	rc = cursor == FQ_RAW_APPEND
		? fq_raw_append(fd, path, data, len, frame_size, at, err)
		: fq_raw_write(fd, path, at, data, len, frame_size, err);
	if (rc == FQ_OK) {
		*out = at;
	}
	return rc;
}

int fq_raw_pop_sized(int fd, const char *path, uint64_t size, size_t frame_size, int64_t cursor,
                     const void *replace, size_t replace_len, unsigned char *buf, size_t cap,
                     size_t *start, size_t *len, fq_error_t *err)
{
	uint64_t at;
	size_t got;
	int rc;

	*start = 0;
	*len = 0;
	if (cursor != FQ_RAW_APPEND && cursor < 0) {
		return fq_error_set(err, FQ_EARG, "cursor %lld is negative", (long long) cursor);
	}
	if (size < 1) {
		return FQ_OK;  /* an empty file is an empty queue */
	}
	if (cursor == FQ_RAW_APPEND) {
		at = size > frame_size ? size - frame_size : 0;
	} else {
		at = (uint64_t) cursor;
	}
	got = 0;  /* past the end the seed's fread() gets '' (also where pread() would refuse the offset) */
	if (at < size && (rc = fq_io_read(fd, path, at, buf, frame_size < cap ? frame_size : cap, &got, err)) != FQ_OK) {
		return rc;
	}
	*len = fq_raw_trim(buf, got, start);
	if (cursor != FQ_RAW_APPEND) {
		if (replace_len > 0) {
			if (replace_len > frame_size) {
				*len = 0;  /* the seed returns '' and writes nothing */
				return FQ_OK;
			}
			return fq_raw_write(fd, path, at, replace, replace_len, frame_size, err);
		}
		return FQ_OK;
	}
	if (*len > 0) {
		return fq_io_truncate(fd, path, at, err);
	}
	return FQ_OK;
}

/* ---- the RAW queue format (FileQ\Queue::RAW, and the seed functions) ---- */

static size_t fq_rawq_max_payload(const fq_queue_t *q)
{
	return q->frame_size;
}

/* No header to read: the path is checked with statx() at every lock until the watch is due. */
static int fq_rawq_open(fq_queue_t *q, fq_error_t *err)
{
	int framed, rc = fq_framed_sniff(q->fd, q->path, &framed, err);

	if (rc == FQ_EIO && err->sys_errno == EAGAIN) {
		/*
		 * Windows: its locks are mandatory, and a pure-PHP script's flock()
		 * holds every byte of the file now (lock_win.c). Only a RAW file is
		 * locked so: a framed queue's holders lock one byte past its data.
		 */
		fq_error_clear(err);
		rc = FQ_OK;
		framed = 0;
	}
	if (rc == FQ_OK && framed) {
		/* Its holders keep a shared flock for life (an exclusive one would wait for ever), and raw bytes would wreck it. */
		rc = fq_error_set(err, FQ_ECORRUPT, "'%s' is a framed fileq queue, not one in the seed's RAW layout: %s",
			q->path, (q->flags & FQ_QUEUE_BYPATH) ? "the seed functions cannot use it" : "open it without Queue::RAW");
	}
	return rc;
}

static void fq_rawq_close(fq_queue_t *q)
{
	fq_watch_stop(&q->watch);
}

/*
 * flock, then the watch (or else one statx of the path) tells whether the
 * path still names the file. Not the file's link count: a file hard-linked
 * elsewhere keeps a link when another is renamed over it, and a link made
 * since the last look is not seen either. No path lookup per call once the
 * watch is on.
 */
static int fq_rawq_lock(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	fq_lock_id_t id = {q->dev, q->ino};
	fq_error_t scratch;
	uint64_t raw_size = 0;
	int rc, same, watched;

	rc = fq_lock_ex(q->fd, &id, q->path, q->lock_timeout_ns, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_watch_quiet(&q->watch)) {
		/* Nothing touched the file's links since the last look: still the file the path names. */
		rc = size != NULL ? fq_io_end(q->fd, q->path, size, err) : FQ_OK;
		if (rc != FQ_OK) {
			fq_lock_un(q->fd, &id, q->path, &scratch);
		}
		return rc;
	}
	watched = fq_watch_rearm(&q->watch);  /* before looking: a change while looking is reported next time */
	same = fq_queue_same_file(q, &raw_size, err);  /* the size with it: the same inode, under our flock */
	if (same <= 0) {
		fq_lock_un(q->fd, &id, q->path, &scratch);
		return same < 0 ? same : FQ_EREOPEN;
	}
	if (!watched && fq_watch_due(&q->watch)) {
		(void) fq_watch_start(&q->watch, q->fd, (q->flags & FQ_QUEUE_BYPATH) ? q->path : NULL);
	}
	if (size != NULL) {
		*size = raw_size;
	}
	return FQ_OK;
}

static int fq_rawq_unlock(fq_queue_t *q, fq_error_t *err)
{
	fq_lock_id_t id = {q->dev, q->ino};

	return fq_lock_un(q->fd, &id, q->path, err);
}

static int fq_rawq_sync(fq_queue_t *q, fq_error_t *err)
{
	return (q->flags & FQ_QUEUE_SYNC) ? fq_io_sync(q->fd, q->path, err) : FQ_OK;
}

static int fq_rawq_push(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err)
{
	uint64_t size;
	int rc = fq_io_end(q->fd, q->path, &size, err);

	if (rc == FQ_OK) {
		rc = fq_raw_append(q->fd, q->path, data, len, q->frame_size, size, err);
		*cursor = size;
	}
	if (rc == FQ_OK && (rc = fq_rawq_sync(q, err)) != FQ_OK) {
		fq_error_t scratch;

		/* Reported as failed: take the appended frame off again (best effort). */
		(void) fq_io_truncate(q->fd, q->path, size, &scratch);
	}
	return rc;
}

static int fq_rawq_take(fq_queue_t *q, int newest, unsigned char *buf, size_t *start, size_t *len, int *found,
                        fq_error_t *err)
{
	uint64_t size;
	int rc;

	if (!newest) {
		return fq_error_set(err, FQ_ESTATE,
			"shift() needs the framed format: the RAW layout of '%s' is a stack emptied from the end", q->path);
	}
	rc = fq_io_end(q->fd, q->path, &size, err);
	if (rc == FQ_OK) {
		rc = fq_raw_pop_sized(q->fd, q->path, size, q->frame_size, FQ_RAW_APPEND, NULL, 0, buf, q->frame_size,
			start, len, err);
	}
	*found = rc == FQ_OK && *len > 0;
	if (*found && (rc = fq_rawq_sync(q, err)) != FQ_OK) {
		/* Reported as failed: put the frame back at the end (best effort; the
		 * trailing blanks trim() drops come back as NUL padding). */
		fq_error_t scratch;
		uint64_t end;

		if (fq_io_size(q->fd, q->path, &end, NULL, &scratch) == FQ_OK) {
			(void) fq_raw_write(q->fd, q->path, end, buf, *start + *len, q->frame_size, &scratch);
		}
		*found = 0;
	}
	return rc;
}

/* A RAW cursor is a byte offset, as in the seed's files: no frame where its bytes would end past any offset. */
static int fq_rawq_cursor_fits(const fq_queue_t *q, uint64_t cursor)
{
	return cursor <= (uint64_t) INT64_MAX - q->frame_size;
}

static int fq_rawq_read(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len,
                        fq_error_t *err)
{
	size_t got = 0;
	int rc = FQ_OK;

	if (fq_rawq_cursor_fits(q, cursor)) {
		rc = fq_io_read(q->fd, q->path, cursor, buf, q->frame_size, &got, err);
	}
	if (rc == FQ_OK) {
		*len = fq_raw_trim(buf, got, start);
		if (*len == 0) {
			rc = fq_error_set(err, FQ_ENOENT, "no frame at cursor %llu of '%s'", (unsigned long long) cursor, q->path);
		}
	}
	return rc;
}

/* In place only: the frame's bytes must lie inside the file (writing past the end would leave blank frames, the seed's end of queue). */
static int fq_rawq_write(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err)
{
	uint64_t size;
	int rc = fq_io_size(q->fd, q->path, &size, NULL, err);

	if (rc != FQ_OK) {
		return rc;
	}
	if (!fq_rawq_cursor_fits(q, cursor) || cursor + q->frame_size > size) {
		return fq_error_set(err, FQ_ENOENT, "no frame at cursor %llu of '%s'", (unsigned long long) cursor, q->path);
	}
	rc = fq_raw_write(q->fd, q->path, cursor, data, len, q->frame_size, err);
	return rc == FQ_OK ? fq_rawq_sync(q, err) : rc;
}

static int fq_rawq_count(fq_queue_t *q, uint64_t *count, fq_error_t *err)
{
	uint64_t size;
	int rc = fq_io_size(q->fd, q->path, &size, NULL, err);

	*count = rc == FQ_OK ? size / q->frame_size : 0;
	return rc;
}

static int fq_rawq_clear(fq_queue_t *q, fq_error_t *err)
{
	int rc = fq_io_truncate(q->fd, q->path, 0, err);

	return rc == FQ_OK ? fq_rawq_sync(q, err) : rc;
}

/* The boot frame's bytes as stored (the read trims them). */
static size_t fq_rawq_boot_size(fq_queue_t *q)
{
	(void) q;
	return FQ_RAW_BOOT_SIZE;
}

static int fq_rawq_boot_read(fq_queue_t *q, unsigned char *buf, size_t *len, fq_error_t *err)
{
	size_t got, start;
	int rc = fq_io_read(q->fd, q->path, 0, buf, FQ_RAW_BOOT_SIZE, &got, err);

	if (rc == FQ_OK) {
		*len = fq_raw_trim(buf, got, &start);
		memmove(buf, buf + start, *len);
	}
	return rc;
}

static int fq_rawq_boot_write(fq_queue_t *q, const void *data, size_t len, fq_error_t *err)
{
	int rc = fq_raw_write(q->fd, q->path, 0, data, len, FQ_RAW_BOOT_SIZE, err);

	return rc == FQ_OK ? fq_rawq_sync(q, err) : rc;
}

static int fq_rawq_stat(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err)
{
	int rc = fq_io_size(q->fd, q->path, file_size, NULL, err);

	memset(st, 0, sizeof(*st));
	st->tail = st->hwm = *file_size / q->frame_size;
	return rc;
}

/* ---- waiting: a watch on the file's changes (os.h) ------------------------- */

/* Whether a pop would find something: the last frame is there and not blank, looked at a page at a time. */
static int fq_rawq_has_frame(fq_queue_t *q, int *ready, fq_error_t *err)
{
	unsigned char buf[4096];
	uint64_t size, at;
	size_t got, start, chunk;
	int rc;

	*ready = 0;
	if ((rc = fq_io_size(q->fd, q->path, &size, NULL, err)) != FQ_OK) {
		return rc;
	}
	at = size > q->frame_size ? size - q->frame_size : 0;
	while (at < size) {
		chunk = size - at < sizeof(buf) ? (size_t) (size - at) : sizeof(buf);
		if ((rc = fq_io_read(q->fd, q->path, at, buf, chunk, &got, err)) != FQ_OK) {
			return rc;
		}
		if (got == 0 || fq_raw_trim(buf, got, &start) > 0) {
			*ready = got > 0;
			return FQ_OK;
		}
		at += got;
	}
	return FQ_OK;
}

static int fq_rawq_ready(fq_queue_t *q, int *ready, fq_wait_t *w, fq_error_t *err)
{
	int rc = fq_rawq_has_frame(q, ready, err);

	if (rc == FQ_OK && !*ready && w->ifd < 0 && !w->no_inotify) {
		/* Watch before looking again, so a write between the look and the sleep wakes us. */
		rc = fq_change_watch(q->path, &w->ifd, err);
		if (rc == FQ_OK && w->ifd < 0) {
			w->no_inotify = 1;  /* no watch to be had: sleep 2 ms, look again */
		} else if (rc == FQ_OK) {
			rc = fq_rawq_has_frame(q, ready, err);
		}
	}
	return rc;
}

static int fq_rawq_sleep(fq_queue_t *q, fq_wait_t *w, int64_t slice_ns)
{
	(void) q;
	return fq_change_sleep(w->ifd, slice_ns);
}

static void fq_rawq_end(fq_queue_t *q, fq_wait_t *w)
{
	(void) q;
	if (w->ifd >= 0) {
		fq_change_end(w->ifd);
		w->ifd = -1;
	}
}

const fq_format_t fq_format_raw = {
	fq_rawq_max_payload, FQ_RAW_BOOT_SIZE,
	fq_rawq_open, fq_rawq_close, fq_rawq_lock, fq_rawq_unlock,
	fq_rawq_push, fq_rawq_take, fq_rawq_read, fq_rawq_write, fq_rawq_count, fq_rawq_clear,
	fq_rawq_boot_size, fq_rawq_boot_read, fq_rawq_boot_write, fq_rawq_stat,
	fq_rawq_ready, fq_rawq_sleep, fq_rawq_end,
};
