#include "platform.h"
#include "fdio.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#ifdef __linux__
# include <sys/vfs.h>
#endif

static const unsigned char fq_zeros[4096];

int fq_io_size(int fd, const char *path, uint64_t *size, uint64_t *nlink, fq_error_t *err)
{
	struct stat st;

#ifdef STATX_SIZE
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

int fq_io_end(int fd, const char *path, uint64_t *size, fq_error_t *err)
{
	off_t end = lseek(fd, 0, SEEK_END);

	if (end < 0) {
		return fq_error_sys(err, errno, "lseek", path);
	}
	*size = (uint64_t) end;
	return FQ_OK;
}

int fq_io_stat_path(const char *path, uint64_t *size, uint64_t *dev, uint64_t *ino, fq_error_t *err)
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

int fq_io_read(int fd, const char *path, uint64_t offset, void *buf, size_t len, size_t *got, fq_error_t *err)
{
	size_t done = 0;

	while (done < len) {
		ssize_t r = pread(fd, (unsigned char *) buf + done, len - done, (off_t) (offset + done));

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

int fq_io_write(int fd, const char *path, uint64_t offset, const void *data, size_t len, size_t total,
                fq_error_t *err)
{
	/* The data, then zero pages for the padding, in as few calls as the data allows. */
	struct iovec iov[16];
	unsigned char small[sizeof(fq_zeros)];
	size_t done = 0;

	if (total <= sizeof(small) && len < total) {
		/* A small padded frame goes out as one piece, not as a payload and a padding piece. */
		if (len > 0) {
			memcpy(small, data, len);
		}
		memset(small + len, 0, total - len);
		data = small;
		len = total;
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
			/* One piece: pwrite, which costs less than pwritev. */
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

int fq_io_truncate(int fd, const char *path, uint64_t size, fq_error_t *err)
{
	int rc;

	do {
		rc = ftruncate(fd, (off_t) size);
	} while (rc != 0 && errno == EINTR);
	return rc != 0 ? fq_error_sys(err, errno, "truncate", path) : FQ_OK;
}

int fq_io_shrink(int fd, const char *path, uint64_t size, fq_error_t *err)
{
	return fq_io_truncate(fd, path, size, err);
}

void fq_io_close(int fd)
{
	if (fd >= 0) {
		close(fd);
	}
}

int fq_io_sync(int fd, const char *path, fq_error_t *err)
{
	int rc;

	do {
#ifdef __linux__
		rc = fdatasync(fd);
#else
		rc = fsync(fd);
#endif
	} while (rc != 0 && errno == EINTR);
	return rc != 0 ? fq_error_sys(err, errno, "fdatasync", path) : FQ_OK;
}

int fq_io_allocate(int fd, const char *path, uint64_t from, uint64_t to, fq_error_t *err)
{
#ifdef __linux__
	int rc;

	do {
		rc = fallocate(fd, 0, (off_t) from, (off_t) (to - from));
	} while (rc != 0 && errno == EINTR);
	if (rc == 0) {
		return FQ_OK;
	}
	if (errno != EOPNOTSUPP && errno != ENOSYS) {
		return fq_error_sys(err, errno, "fallocate", path);
	}
#endif
	/*
	 * No fallocate() here (some file systems): extending with ftruncate() would
	 * leave a hole, and a full disk would then be a SIGBUS when the mapped page
	 * is written. Zeros written now take the blocks, and a full disk is ENOSPC.
	 */
	return fq_io_write(fd, path, from, NULL, 0, (size_t) (to - from), err);
}

int fq_io_can_punch(void)
{
#if defined(__linux__) && defined(FALLOC_FL_PUNCH_HOLE)
	return 1;
#else
	return 0;
#endif
}

void fq_io_punch(int fd, uint64_t from, uint64_t to)
{
#if defined(__linux__) && defined(FALLOC_FL_PUNCH_HOLE)
	int rc;

	do {
		rc = fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t) from, (off_t) (to - from));
	} while (rc != 0 && errno == EINTR);
#else
	(void) fd;
	(void) from;
	(void) to;
#endif
}

int fq_io_dup(int fd, const char *path, int *out, fq_error_t *err)
{
	do {
		*out = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	} while (*out < 0 && errno == EINTR);
	if (*out < 0) {
		return fq_error_sys(err, errno, "dup", path);
	}
	/* The duplicate shares the file offset: at 0, as a freshly opened stream would start. */
	if (lseek(*out, 0, SEEK_SET) < 0) {
		int e = errno;

		close(*out);
		*out = -1;
		return fq_error_sys(err, e, "lseek", path);
	}
	return FQ_OK;
}

int fq_io_fs_is(int fd, const unsigned long *types, size_t n)
{
#ifdef __linux__
	struct statfs sf;
	size_t i;
	int rc;

	do {
		rc = fstatfs(fd, &sf);
	} while (rc != 0 && errno == EINTR);
	for (i = 0; rc == 0 && i < n; i++) {
		if ((unsigned long) sf.f_type == types[i]) {
			return 1;
		}
	}
#else
	(void) fd;
	(void) types;
	(void) n;
#endif
	return 0;
}
