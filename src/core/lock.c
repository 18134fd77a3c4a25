#include "platform.h"
#include "lock.h"

#include <errno.h>

#ifdef _WIN32
# include <io.h>
# include <windows.h>

/* The whole file as one range: Windows locks byte ranges, not files. */
static int fq_lock_win(int fd, DWORD flags, const char *path, fq_error_t *err)
{
	HANDLE h = (HANDLE) _get_osfhandle(fd);
	OVERLAPPED ov = {0};

	if (h == INVALID_HANDLE_VALUE) {
		return fq_error_sys(err, EBADF, "lock", path);
	}
	if (!LockFileEx(h, flags | LOCKFILE_EXCLUSIVE_LOCK, 0, MAXDWORD, MAXDWORD, &ov)) {
		if (GetLastError() == ERROR_LOCK_VIOLATION && (flags & LOCKFILE_FAIL_IMMEDIATELY)) {
			return fq_error_set(err, FQ_ETIMEOUT, "lock '%s': held by another process", path);
		}
		return fq_error_sys(err, EIO, "LockFileEx", path);
	}
	return FQ_OK;
}

int fq_lock_ex(int fd, const char *path, fq_error_t *err)
{
	return fq_lock_win(fd, 0, path, err);
}

int fq_lock_try(int fd, const char *path, fq_error_t *err)
{
	return fq_lock_win(fd, LOCKFILE_FAIL_IMMEDIATELY, path, err);
}

int fq_lock_sh(int fd, const char *path, fq_error_t *err)
{
	HANDLE h = (HANDLE) _get_osfhandle(fd);
	OVERLAPPED ov = {0};

	/* Windows cannot convert a lock: drop the exclusive one first (ignored when not held). */
	UnlockFileEx(h, 0, MAXDWORD, MAXDWORD, &ov);
	if (!LockFileEx(h, 0, 0, MAXDWORD, MAXDWORD, &ov)) {
		return fq_error_sys(err, EIO, "LockFileEx", path);
	}
	return FQ_OK;
}

int fq_lock_un(int fd, const char *path, fq_error_t *err)
{
	HANDLE h = (HANDLE) _get_osfhandle(fd);
	OVERLAPPED ov = {0};

	if (!UnlockFileEx(h, 0, MAXDWORD, MAXDWORD, &ov)) {
		return fq_error_sys(err, EIO, "UnlockFileEx", path);
	}
	return FQ_OK;
}

#else
# include <sys/file.h>

static int fq_flock(int fd, int op, const char *path, fq_error_t *err)
{
	int rc;

	do {
		rc = flock(fd, op);
	} while (rc != 0 && errno == EINTR);
	if (rc != 0) {
		if ((op & LOCK_NB) && errno == EWOULDBLOCK) {
			return fq_error_set(err, FQ_ETIMEOUT, "flock '%s': held by another process", path);
		}
		return fq_error_sys(err, errno, "flock", path);
	}
	return FQ_OK;
}

int fq_lock_ex(int fd, const char *path, fq_error_t *err)
{
	return fq_flock(fd, LOCK_EX, path, err);
}

int fq_lock_try(int fd, const char *path, fq_error_t *err)
{
	return fq_flock(fd, LOCK_EX | LOCK_NB, path, err);
}

int fq_lock_sh(int fd, const char *path, fq_error_t *err)
{
	return fq_flock(fd, LOCK_SH, path, err);
}

int fq_lock_un(int fd, const char *path, fq_error_t *err)
{
	return fq_flock(fd, LOCK_UN, path, err);
}
#endif
