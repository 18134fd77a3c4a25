/*
 * lock.h on Windows: LockFileEx. Windows releases a dead process's locks
 * itself, which makes it the flock of this platform; there is no robust
 * mutex (FQ_LOCK_HAVE_MUTEX is not defined), so both formats lock per call.
 *
 * Windows locks are mandatory: a range one handle locks cannot be read or
 * written through another. So fileq locks one byte far past any data
 * (FQ_LOCK_BYTE), never the file's bytes: reads, writes and views of the
 * data are never refused. PHP's flock() on Windows locks the whole range
 * from 0 to 2^64 - 2, which covers that byte: a seed script using flock()
 * and fileq's RAW queue exclude each other there too.
 */
#include "platform.h"

#ifdef _WIN32

#include "lock.h"

#include <errno.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "clock.h"

/* The byte every lock is taken on: 2^62, beyond any queue file, inside PHP's flock() range. */
#define FQ_LOCK_BYTE ((uint64_t) 1 << 62)

/* A bounded wait looks again after a sleep that grows from 1 ms to 2 ms (Sleep() counts milliseconds). */
#define FQ_LOCK_POLL_MIN_MS 1
#define FQ_LOCK_POLL_MAX_MS 2

/* ---- the locks each thread holds ------------------------------------------- */

/*
 * The queue files whose lock a thread holds, by identity and thread: a second
 * handle of the same thread asking for one of them would wait for itself for
 * ever. One table for the process, under a slim lock.
 */
typedef struct fq_lock_held {
	fq_lock_id_t id;
	DWORD thread;
} fq_lock_held_t;

static SRWLOCK fq_lock_table_lock = SRWLOCK_INIT;
static fq_lock_held_t *fq_lock_table;
static size_t fq_lock_n, fq_lock_cap;

static int fq_lock_held_by_me(const fq_lock_id_t *id)
{
	DWORD me = GetCurrentThreadId();
	size_t i;
	int found = 0;

	AcquireSRWLockShared(&fq_lock_table_lock);
	for (i = 0; i < fq_lock_n && !found; i++) {
		found = fq_lock_table[i].thread == me && fq_lock_table[i].id.dev == id->dev && fq_lock_table[i].id.ino == id->ino;
	}
	ReleaseSRWLockShared(&fq_lock_table_lock);
	return found;
}

/* Best effort: without room, only the self-deadlock check is lost. */
static void fq_lock_held_add(const fq_lock_id_t *id)
{
	AcquireSRWLockExclusive(&fq_lock_table_lock);
	if (fq_lock_n == fq_lock_cap) {
		size_t cap = fq_lock_cap ? fq_lock_cap * 2 : 8;
		fq_lock_held_t *t = realloc(fq_lock_table, cap * sizeof(*t));

		if (t != NULL) {
			fq_lock_table = t;
			fq_lock_cap = cap;
		}
	}
	if (fq_lock_n < fq_lock_cap) {
		fq_lock_table[fq_lock_n].id = *id;
		fq_lock_table[fq_lock_n].thread = GetCurrentThreadId();
		fq_lock_n++;
	}
	ReleaseSRWLockExclusive(&fq_lock_table_lock);
}

void fq_lock_forget(const fq_lock_id_t *id)
{
	DWORD me = GetCurrentThreadId();
	size_t i;

	AcquireSRWLockExclusive(&fq_lock_table_lock);
	for (i = 0; i < fq_lock_n; i++) {
		if (fq_lock_table[i].thread == me && fq_lock_table[i].id.dev == id->dev && fq_lock_table[i].id.ino == id->ino) {
			fq_lock_table[i] = fq_lock_table[--fq_lock_n];
			break;
		}
	}
	ReleaseSRWLockExclusive(&fq_lock_table_lock);
}

/* ---- LockFileEx on the lock byte ------------------------------------------------ */

static HANDLE fq_lock_handle(int fd)
{
	return (HANDLE) _get_osfhandle(fd);
}

static void fq_lock_at(OVERLAPPED *ov)
{
	memset(ov, 0, sizeof(*ov));
	ov->Offset = (DWORD) (FQ_LOCK_BYTE & 0xffffffffu);
	ov->OffsetHigh = (DWORD) (FQ_LOCK_BYTE >> 32);
}

/* exclusive or shared, waiting (wait) or not: FQ_OK, FQ_ETIMEOUT when held and not waiting, else an error. */
static int fq_lock_file(int fd, int exclusive, int wait, const char *path, fq_error_t *err)
{
	HANDLE h = fq_lock_handle(fd);
	OVERLAPPED ov;
	DWORD flags = (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0) | (wait ? 0 : LOCKFILE_FAIL_IMMEDIATELY), e;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_error_sys(err, EBADF, "LockFileEx", path);
	}
	fq_lock_at(&ov);
	if (LockFileEx(h, flags, 0, 1, 0, &ov)) {
		return FQ_OK;
	}
	e = GetLastError();
	if (!wait && (e == ERROR_LOCK_VIOLATION || e == ERROR_IO_PENDING)) {
		return fq_error_set(err, FQ_ETIMEOUT, "LockFileEx '%s': held by another process", path);
	}
	return fq_error_win(err, e, "LockFileEx", path);
}

static int fq_unlock_file(int fd, const char *path, fq_error_t *err)
{
	HANDLE h = fq_lock_handle(fd);
	OVERLAPPED ov;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_error_sys(err, EBADF, "UnlockFileEx", path);
	}
	fq_lock_at(&ov);
	if (!UnlockFileEx(h, 0, 1, 0, &ov)) {
		return fq_error_win(err, GetLastError(), "UnlockFileEx", path);
	}
	return FQ_OK;
}

/*
 * The lock within timeout_ns (-1: for ever). A synchronous handle cannot give
 * up a waiting LockFileEx, so a bounded wait looks again every 1-2 ms, as a
 * bounded flock does on Linux. With mine, a lock this thread holds through
 * another handle is an error instead of a wait for itself.
 */
static int fq_lock_within(int fd, int exclusive, const fq_lock_id_t *id, int mine, const char *path,
                          int64_t timeout_ns, fq_error_t *err)
{
	int64_t deadline;
	DWORD pause = FQ_LOCK_POLL_MIN_MS;
	int rc = fq_lock_file(fd, exclusive, 0, path, err);

	if (rc != FQ_ETIMEOUT) {
		return rc;
	}
	if (mine && id != NULL && fq_lock_held_by_me(id)) {
		return fq_error_set(err, FQ_ESTATE,
			"queue '%s' is locked by another handle of this process (in its transaction or callback)", path);
	}
	if (timeout_ns < 0) {
		return fq_lock_file(fd, exclusive, 1, path, err);
	}
	deadline = fq_now_ns() + timeout_ns;
	for (;;) {
		if (fq_now_ns() >= deadline) {
			/* Windows does not say who holds a lock. */
			return fq_error_set(err, FQ_ETIMEOUT, "lock '%s': not had within %.3f s", path, timeout_ns / 1e9);
		}
		Sleep(pause);
		rc = fq_lock_file(fd, exclusive, 0, path, err);
		if (rc != FQ_ETIMEOUT) {
			return rc;
		}
		pause = FQ_LOCK_POLL_MAX_MS;
	}
}

int fq_lock_ex(int fd, const fq_lock_id_t *id, const char *path, int64_t timeout_ns, fq_error_t *err)
{
	int rc = fq_lock_within(fd, 1, id, 1, path, timeout_ns, err);

	if (rc == FQ_OK && id != NULL) {
		fq_lock_held_add(id);
	}
	return rc;
}

int fq_lock_un(int fd, const fq_lock_id_t *id, const char *path, fq_error_t *err)
{
	if (id != NULL) {
		fq_lock_forget(id);
	}
	return fq_unlock_file(fd, path, err);
}

/*
 * The opening protocol (lock.h). Only the robust mutex needs it, which
 * Windows has not: kept whole all the same, so that lock.h means one thing.
 * A shared lock is taken before the exclusive one is let go (Windows allows
 * both on one handle), so the file is never unlocked in between.
 */
int fq_lock_open(int fd, const char *path, int64_t timeout_ns, int *alone, fq_error_t *err)
{
	int rc = fq_lock_file(fd, 1, 0, path, err);

	*alone = rc == FQ_OK;
	if (rc != FQ_ETIMEOUT) {
		return rc;
	}
	return fq_lock_within(fd, 0, NULL, 0, path, timeout_ns, err);
}

int fq_lock_share(int fd, const char *path, fq_error_t *err)
{
	int rc = fq_lock_file(fd, 0, 1, path, err);

	return rc == FQ_OK ? fq_unlock_file(fd, path, err) : rc;
}

int fq_lock_drop(int fd, const char *path, fq_error_t *err)
{
	return fq_unlock_file(fd, path, err);
}

int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err)
{
	(void) mem;
	return fq_error_set(err, FQ_ESTATE, "no process-shared mutex on this platform for '%s'", path);
}

int fq_lock_acquire(int fd, void *mutex, const fq_lock_id_t *id, const char *path, int64_t timeout_ns,
                    uint64_t *recovered, fq_error_t *err)
{
	(void) mutex;
	(void) recovered;
	return fq_lock_ex(fd, id, path, timeout_ns, err);
}

int fq_lock_release(int fd, void *mutex, const fq_lock_id_t *id, const char *path, fq_error_t *err)
{
	(void) mutex;
	return fq_lock_un(fd, id, path, err);
}

#else
/* POSIX: lock.c. Keeps the translation unit non-empty (ISO C). */
typedef int fq_lock_win_unused;
#endif
