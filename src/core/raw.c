#include "platform.h"
#include "raw.h"

#include <string.h>

#include "fdio.h"

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
	rc = fq_io_read(fd, path, at, buf, frame_size < cap ? frame_size : cap, &got, err);
	if (rc != FQ_OK) {
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
