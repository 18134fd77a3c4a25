#include "platform.h"
#include "raw.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static const unsigned char fq_zeros[4096];

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

int fq_raw_stat(int fd, const char *path, uint64_t *size, uint64_t *nlink, fq_error_t *err)
{
	struct stat st;

#ifdef STATX_SIZE
	/*
	 * Only the size and the link count. fstat() asks for the timestamps too, and
	 * since Linux 6.13 (multigrain timestamps) a file whose ctime was looked at
	 * gets a fine-grained one on its next write, which dirties the inode: on
	 * ext4 a journal transaction that made every append after an fstat() cost
	 * twice as much. Kernels or sandboxes without statx() get fstat().
	 */
	struct statx sx;
	int rc;

	do {
		rc = statx(fd, "", AT_EMPTY_PATH, STATX_SIZE | STATX_NLINK, &sx);
	} while (rc != 0 && errno == EINTR);
	if (rc == 0 && (sx.stx_mask & (STATX_SIZE | STATX_NLINK)) == (STATX_SIZE | STATX_NLINK)) {
		*size = (uint64_t) sx.stx_size;
		if (nlink != NULL) {
			*nlink = (uint64_t) sx.stx_nlink;
		}
		return FQ_OK;
	}
	if (rc != 0 && errno != ENOSYS && errno != EPERM && errno != EINVAL) {
		return fq_error_sys(err, errno, "fstat", path);
	}
#endif
	if (fstat(fd, &st) != 0) {
		return fq_error_sys(err, errno, "fstat", path);
	}
	*size = (uint64_t) st.st_size;
	if (nlink != NULL) {
		*nlink = (uint64_t) st.st_nlink;
	}
	return FQ_OK;
}

int fq_raw_stat_path(const char *path, uint64_t *size, uint64_t *dev, uint64_t *ino, fq_error_t *err)
{
	struct stat st;
	int rc;

#ifdef STATX_SIZE
	struct statx sx;

	do {
		rc = statx(AT_FDCWD, path, 0, STATX_SIZE | STATX_INO, &sx);
	} while (rc != 0 && errno == EINTR);
	if (rc == 0 && (sx.stx_mask & (STATX_SIZE | STATX_INO)) == (STATX_SIZE | STATX_INO)) {
		*size = (uint64_t) sx.stx_size;
		*dev = (uint64_t) makedev(sx.stx_dev_major, sx.stx_dev_minor);
		*ino = (uint64_t) sx.stx_ino;
		return FQ_OK;
	}
	if (rc != 0 && errno != ENOSYS && errno != EPERM && errno != EINVAL) {
		return errno == ENOENT ? FQ_ENOENT : fq_error_sys(err, errno, "stat", path);
	}
#endif
	do {
		rc = stat(path, &st);
	} while (rc != 0 && errno == EINTR);
	if (rc != 0) {
		return errno == ENOENT ? FQ_ENOENT : fq_error_sys(err, errno, "stat", path);
	}
	*size = (uint64_t) st.st_size;
	*dev = (uint64_t) st.st_dev;
	*ino = (uint64_t) st.st_ino;
	return FQ_OK;
}

int fq_raw_end(int fd, const char *path, uint64_t *size, fq_error_t *err)
{
	off_t end = lseek(fd, 0, SEEK_END);

	if (end < 0) {
		return fq_error_sys(err, errno, "lseek", path);
	}
	*size = (uint64_t) end;
	return FQ_OK;
}

int fq_raw_size(int fd, const char *path, uint64_t *size, fq_error_t *err)
{
	return fq_raw_stat(fd, path, size, NULL, err);
}

int fq_raw_write(int fd, const char *path, uint64_t offset, const void *data, size_t len,
                 size_t frame_size, fq_error_t *err)
{
	/* The payload then zero pages for the padding, in as few pwritev calls as the data allows. */
	struct iovec iov[16];
	unsigned char frame[sizeof(fq_zeros)];
	size_t done = 0, total = frame_size;

	if (len > frame_size) {
		return fq_error_set(err, FQ_ETOOBIG, "frame of %zu bytes does not fit in %zu", len, frame_size);
	}
	if (frame_size <= sizeof(frame) && len < frame_size) {
		/* A small padded frame goes out as one piece, not as a payload and a padding piece. */
		memcpy(frame, data, len);
		memset(frame + len, 0, frame_size - len);
		data = frame;
		len = frame_size;
	}
	while (done < total) {
		int n = 0;
		size_t at = done;
		ssize_t w;

		if (at < len) {
			iov[n].iov_base = (void *) ((const unsigned char *) data + at);
			iov[n].iov_len = len - at;
			at = len;
			n++;
		}
		while (at < total && n < 16) {
			size_t pad = total - at < sizeof(fq_zeros) ? total - at : sizeof(fq_zeros);
			iov[n].iov_base = (void *) fq_zeros;
			iov[n].iov_len = pad;
			at += pad;
			n++;
		}
		do {
			/* One piece (a small frame, copied above): pwrite, which costs less than pwritev. */
			w = n == 1 ? pwrite(fd, iov[0].iov_base, iov[0].iov_len, (off_t) (offset + done))
				: pwritev(fd, iov, n, (off_t) (offset + done));
		} while (w < 0 && errno == EINTR);
		if (w < 0) {
			return fq_error_sys(err, errno, "write", path);
		}
		if (w == 0) {
			return fq_error_sys(err, EIO, "write", path);
		}
		done += (size_t) w;
	}
	return FQ_OK;
}

int fq_raw_read(int fd, const char *path, uint64_t offset, void *buf, size_t frame_size,
                size_t *got, fq_error_t *err)
{
	size_t done = 0;

	while (done < frame_size) {
		ssize_t r = pread(fd, (unsigned char *) buf + done, frame_size - done, (off_t) (offset + done));
		if (r < 0) {
			if (errno == EINTR) {
				continue;
			}
			return fq_error_sys(err, errno, "read", path);
		}
		if (r == 0) {
			break;
		}
		done += (size_t) r;
	}
	*got = done;
	return FQ_OK;
}

int fq_raw_truncate(int fd, const char *path, uint64_t size, fq_error_t *err)
{
	int rc;

	do {
		rc = ftruncate(fd, (off_t) size);
	} while (rc != 0 && errno == EINTR);
	if (rc != 0) {
		return fq_error_sys(err, errno, "truncate", path);
	}
	return FQ_OK;
}

int fq_raw_append(int fd, const char *path, const void *data, size_t len, size_t frame_size,
                  uint64_t size, fq_error_t *err)
{
	int rc = fq_raw_write(fd, path, size, data, len, frame_size, err);

	if (rc != FQ_OK) {
		/* A short append (a full disk) would leave a partial frame that shifts
		 * every later frame off its boundary: cut the file back (best effort). */
		fq_error_t scratch;
		(void) fq_raw_truncate(fd, path, size, &scratch);
	}
	return rc;
}

int fq_raw_push(int fd, const char *path, const void *data, size_t len, size_t frame_size,
                int64_t cursor, uint64_t *out, fq_error_t *err)
{
	uint64_t at = 0;  /* set on every path; -O2 cannot see it through fq_raw_size() */
	int rc;

	if (cursor == FQ_RAW_APPEND) {
		rc = fq_raw_size(fd, path, &at, err);
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

int fq_raw_pop(int fd, const char *path, size_t frame_size, int64_t cursor,
               const void *replace, size_t replace_len, unsigned char *buf,
               size_t *start, size_t *len, fq_error_t *err)
{
	uint64_t size;
	int rc;

	*start = 0;
	*len = 0;
	rc = fq_raw_size(fd, path, &size, err);
	if (rc != FQ_OK) {
		return rc;
	}
	return fq_raw_pop_sized(fd, path, size, frame_size, cursor, replace, replace_len, buf, frame_size,
		start, len, err);
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
	rc = fq_raw_read(fd, path, at, buf, frame_size < cap ? frame_size : cap, &got, err);
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
		return fq_raw_truncate(fd, path, at, err);
	}
	return FQ_OK;
}
