#include "platform.h"
#include "lock.h"

#include <errno.h>
#include <string.h>

#ifdef FQ_LOCK_HAVE_MUTEX
# include <pthread.h>
/* The mutex must fit the room the callers give it. */
typedef char fq_lock_mutex_fits[sizeof(pthread_mutex_t) <= FQ_LOCK_MUTEX_SIZE ? 1 : -1];
#endif

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

int fq_lock_open(int fd, const char *path, int *alone, fq_error_t *err)
{
	int rc = fq_lock_try(fd, path, err);

	*alone = rc == FQ_OK;
	return rc == FQ_ETIMEOUT ? fq_lock_sh(fd, path, err) : rc;
}

#ifdef FQ_LOCK_HAVE_MUTEX
int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err)
{
	pthread_mutexattr_t attr;
	int rc;

	memset(mem, 0, FQ_LOCK_MUTEX_SIZE);
	rc = pthread_mutexattr_init(&attr);
	if (rc == 0) {
		pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
		pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
		/* Error-checking: a second handle of the same thread gets EDEADLK, not a hang. */
		pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ERRORCHECK);
		rc = pthread_mutex_init((pthread_mutex_t *) mem, &attr);
		pthread_mutexattr_destroy(&attr);
	}
	return rc != 0 ? fq_error_sys(err, rc, "pthread_mutex_init", path) : FQ_OK;
}
#else
int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err)
{
	(void) mem;
	return fq_error_set(err, FQ_ESTATE, "no process-shared mutex on this platform for '%s'", path);
}
#endif

int fq_lock_acquire(int fd, void *mutex, const char *path, uint64_t *recovered, fq_error_t *err)
{
#ifdef FQ_LOCK_HAVE_MUTEX
	if (mutex != NULL) {
		int rc = pthread_mutex_lock((pthread_mutex_t *) mutex);

		if (rc == EOWNERDEAD) {
			/* The holder died mid-operation: the lock is the caller's, the holder's change its to undo. */
			pthread_mutex_consistent((pthread_mutex_t *) mutex);
			(*recovered)++;
			rc = 0;
		}
		if (rc == EDEADLK) {
			return fq_error_set(err, FQ_ESTATE,
				"queue '%s' is locked by another handle of this process (in its transaction)", path);
		}
		return rc == 0 ? FQ_OK : fq_error_sys(err, rc, "lock", path);
	}
#else
	(void) mutex;
	(void) recovered;
#endif
	return fq_lock_ex(fd, path, err);
}

int fq_lock_release(int fd, void *mutex, const char *path, fq_error_t *err)
{
#ifdef FQ_LOCK_HAVE_MUTEX
	if (mutex != NULL) {
		int rc = pthread_mutex_unlock((pthread_mutex_t *) mutex);

		return rc == 0 ? FQ_OK : fq_error_sys(err, rc, "unlock", path);
	}
#else
	(void) mutex;
#endif
	return fq_lock_un(fd, path, err);
}
