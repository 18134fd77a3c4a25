/*
 * os.h on Windows: views of a file mapping, a named semaphore per queue file
 * for wait(), no fork. And fq_error_win(), the error record of a failed
 * Windows call.
 */
#include "platform.h"

#ifdef _WIN32

#include "os.h"

#include <errno.h>
#include <io.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

/* ---- errors ------------------------------------------------------------------ */

/* The errno a caller (and FileQ\IOException::getCode()) sees for a Windows error. */
static int fq_win_errno(unsigned long code)
{
	switch (code) {
		case ERROR_FILE_NOT_FOUND:
		case ERROR_PATH_NOT_FOUND:
		case ERROR_INVALID_DRIVE:
			return ENOENT;
		case ERROR_ACCESS_DENIED:
		case ERROR_SHARING_VIOLATION:
		case ERROR_WRITE_PROTECT:
			return EACCES;
		case ERROR_LOCK_VIOLATION:
			return EAGAIN;
		case ERROR_DISK_FULL:
		case ERROR_HANDLE_DISK_FULL:
			return ENOSPC;
		case ERROR_FILE_EXISTS:
		case ERROR_ALREADY_EXISTS:
			return EEXIST;
		case ERROR_NOT_ENOUGH_MEMORY:
		case ERROR_OUTOFMEMORY:
		case ERROR_COMMITMENT_LIMIT:
			return ENOMEM;
		case ERROR_INVALID_HANDLE:
			return EBADF;
		case ERROR_INVALID_PARAMETER:
		case ERROR_INVALID_NAME:
			return EINVAL;
		case ERROR_FILENAME_EXCED_RANGE:
			return ENAMETOOLONG;
		case ERROR_DIRECTORY:
			return ENOTDIR;
		default:
			return EIO;
	}
}

int fq_error_win(fq_error_t *err, unsigned long code, const char *op, const char *path)
{
	char text[256], sys[200];
	DWORD n = FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_MAX_WIDTH_MASK,
		NULL, (DWORD) code, 0, sys, (DWORD) sizeof(sys), NULL);

	/* Windows ends its messages with blanks and a full stop; the record's text has neither. */
	while (n > 0 && (sys[n - 1] == ' ' || sys[n - 1] == '.' || sys[n - 1] == '\r' || sys[n - 1] == '\n')) {
		n--;
	}
	sys[n] = '\0';
	if (n > 0) {
		snprintf(text, sizeof(text), "%s (Windows error %lu)", sys, code);
	} else {
		snprintf(text, sizeof(text), "Windows error %lu", code);
	}
	return fq_error_sys_text(err, fq_win_errno(code), op, path, text);
}

/* ---- paths --------------------------------------------------------------------- */

wchar_t *fq_os_wide(const char *path, const char *op, fq_error_t *err)
{
	int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, NULL, 0);
	wchar_t *w;

	if (n <= 0) {
		fq_error_win(err, GetLastError(), op, path);
		return NULL;
	}
	w = malloc((size_t) n * sizeof(wchar_t));
	if (w == NULL) {
		fq_error_sys(err, ENOMEM, op, path);
		return NULL;
	}
	if (MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, path, -1, w, n) != n) {
		fq_error_win(err, GetLastError(), op, path);
		free(w);
		return NULL;
	}
	return w;
}

/* ---- mappings ---------------------------------------------------------------- */

/* Views start at a multiple of this (64 KiB): a view of the frames at 4096 starts at 0 and is offset. */
static uint64_t fq_win_granule(void)
{
	static DWORD granule;

	if (granule == 0) {
		SYSTEM_INFO si;

		GetSystemInfo(&si);
		granule = si.dwAllocationGranularity != 0 ? si.dwAllocationGranularity : 65536;
	}
	return granule;
}

int fq_map(int fd, const char *path, uint64_t offset, size_t len, unsigned char **base, fq_error_t *err)
{
	HANDLE h = (HANDLE) _get_osfhandle(fd), m;
	uint64_t start = offset / fq_win_granule() * fq_win_granule(), end = offset + len;
	size_t lead = (size_t) (offset - start);
	void *view;
	DWORD e;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_error_sys(err, EBADF, "CreateFileMapping", path);
	}
	/* The section reaches end: a shorter file is extended with zeros (it only grows while mapped). */
	m = CreateFileMappingW(h, NULL, PAGE_READWRITE, (DWORD) (end >> 32), (DWORD) (end & 0xffffffffu), NULL);
	if (m == NULL) {
		return fq_error_win(err, GetLastError(), "CreateFileMapping", path);
	}
	view = MapViewOfFile(m, FILE_MAP_READ | FILE_MAP_WRITE, (DWORD) (start >> 32), (DWORD) (start & 0xffffffffu),
		lead + len);
	e = GetLastError();
	CloseHandle(m);  /* the view keeps the section */
	if (view == NULL) {
		return fq_error_win(err, e, "MapViewOfFile", path);
	}
	*base = (unsigned char *) view + lead;
	return FQ_OK;
}

int fq_map_grow(int fd, const char *path, uint64_t offset, unsigned char **base, size_t len, size_t newlen,
                fq_error_t *err)
{
	unsigned char *map;
	int rc = fq_map(fd, path, offset, newlen, &map, err);

	if (rc == FQ_OK) {
		fq_unmap(*base, len);
		*base = map;
	}
	return rc;
}

void fq_unmap(unsigned char *base, size_t len)
{
	/* A view begins on a granule boundary and fq_map() offset into it by less than one. */
	uintptr_t at = (uintptr_t) base;

	(void) len;
	UnmapViewOfFile((void *) (at - at % (uintptr_t) fq_win_granule()));
}

int fq_map_flush(unsigned char *base, size_t len, const char *path, fq_error_t *err)
{
	if (!FlushViewOfFile(base, len)) {
		return fq_error_win(err, GetLastError(), "FlushViewOfFile", path);
	}
	return FQ_OK;
}

int fq_map_keep(unsigned char *base, size_t len)
{
	/* Only for glibc's robust mutexes, which Windows has none of. */
	(void) base;
	(void) len;
	return -1;
}

/* ---- the wake word: a named semaphore ------------------------------------------- */

/*
 * One semaphore per queue file, named after its volume and file index (what
 * fq_path_open() gave as dev and ino), in the session's namespace. A pusher
 * releases it once per counted sleeper; a count left by a sleeper that timed
 * out wakes a later sleep early, which looks at the queue and sleeps again.
 * The object lives while some process has it open: a sleeper opens it before
 * it looks at the word, so a push after that look finds it.
 */
static HANDLE fq_wake_object(uint64_t dev, uint64_t ino)
{
	char name[64];

	snprintf(name, sizeof(name), "Local\\fileq-wake-%llx-%llx", (unsigned long long) dev, (unsigned long long) ino);
	return CreateSemaphoreA(NULL, 0, LONG_MAX, name);
}

static uint32_t fq_wake_load(unsigned char *word)
{
	return (uint32_t) InterlockedCompareExchange((volatile LONG *) (void *) word, 0, 0);
}

uint32_t fq_wake_enter(unsigned char *word, unsigned char *waiters)
{
	uint32_t seen = fq_wake_load(word);

	InterlockedIncrement((volatile LONG *) (void *) waiters);
	return seen;
}

void fq_wake_leave(unsigned char *waiters)
{
	InterlockedDecrement((volatile LONG *) (void *) waiters);
}

volatile sig_atomic_t fq_os_signals;  /* no signal table on Windows: never bumped */

int fq_wake_sleep(uint64_t dev, uint64_t ino, unsigned char *word, uint32_t seen, int64_t slice_ns, int spin,
                  int signals)
{
	HANDLE s = fq_wake_object(dev, ino);
	DWORD ms = (DWORD) ((slice_ns + 999999) / 1000000), r;

	(void) spin;  /* a Linux hint: the semaphore's wake-up is not measured here */
	(void) signals;  /* no signal table on Windows */
	if (s == NULL) {
		/* No semaphore to be had (out of handles): look again in 2 ms. */
		Sleep(2);
		return ETIMEDOUT;
	}
	if (fq_wake_load(word) != seen) {
		CloseHandle(s);
		return 0;
	}
	r = WaitForSingleObject(s, ms);
	CloseHandle(s);
	if (r == WAIT_FAILED) {
		Sleep(2);  /* never a spin, whatever failed */
	}
	return r == WAIT_OBJECT_0 ? 0 : ETIMEDOUT;
}

void fq_wake_all(uint64_t dev, uint64_t ino, unsigned char *word, unsigned char *waiters)
{
	LONG n;

	InterlockedIncrement((volatile LONG *) (void *) word);
	n = InterlockedCompareExchange((volatile LONG *) (void *) waiters, 0, 0);
	if (n > 0) {
		HANDLE s = fq_wake_object(dev, ino);

		if (s != NULL) {
			ReleaseSemaphore(s, n, NULL);  /* fails only past LONG_MAX counts: they are there already */
			CloseHandle(s);
		}
	}
}

/* ---- a RAW queue's wait: a change notification on the file's directory ---------------- */

int fq_change_watch(const char *path, int *watch, fq_error_t *err)
{
	const char *slash = NULL, *p;
	wchar_t *wdir;
	size_t len;
	HANDLE h;
	int n;

	(void) err;
	*watch = -1;
	for (p = path; *p != '\0'; p++) {
		if (*p == '/' || *p == '\\') {
			slash = p;
		}
	}
	/* the directory: what comes before the last separator ("\\" for a file in the root, "." for no directory) */
	len = slash == NULL ? 0 : slash == path ? 1 : (size_t) (slash - path);
	n = len == 0 ? 2 : MultiByteToWideChar(CP_UTF8, 0, path, (int) len, NULL, 0) + 1;
	if (n <= 1) {
		return FQ_OK;
	}
	wdir = malloc((size_t) n * sizeof(wchar_t));
	if (wdir == NULL) {
		return FQ_OK;  /* no watch: the sleep looks again in 2 ms */
	}
	if (len == 0) {
		wdir[0] = L'.';
	} else {
		MultiByteToWideChar(CP_UTF8, 0, path, (int) len, wdir, n - 1);
	}
	wdir[n - 1] = L'\0';
	/* Size and last write: a push or a pop; a name: the file replaced. */
	h = FindFirstChangeNotificationW(wdir, FALSE,
		FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_LAST_WRITE | FILE_NOTIFY_CHANGE_FILE_NAME);
	free(wdir);
	if (h != INVALID_HANDLE_VALUE) {
		*watch = (int) HandleToLong(h);
	}
	return FQ_OK;  /* a directory that cannot be watched (a network share) is looked at every 2 ms */
}

int fq_change_sleep(int watch, int64_t slice_ns)
{
	HANDLE h;

	if (watch < 0) {
		Sleep(2);
		return ETIMEDOUT;
	}
	h = LongToHandle(watch);
	switch (WaitForSingleObject(h, (DWORD) ((slice_ns + 999999) / 1000000))) {
		case WAIT_OBJECT_0:
			break;
		case WAIT_TIMEOUT:
			return ETIMEDOUT;
		default:
			Sleep(2);  /* never a spin, whatever failed */
			return ETIMEDOUT;
	}
	/* Armed again for the next sleep; the look after the lock decides. Not armed: it stays signalled, so sleep a little. */
	if (!FindNextChangeNotification(h)) {
		Sleep(2);
	}
	return 0;
}

void fq_change_end(int watch)
{
	if (watch >= 0) {
		FindCloseChangeNotification(LongToHandle(watch));
	}
}

/* ---- the process ------------------------------------------------------------- */

void fq_os_atfork(void (*child)(void))
{
	(void) child;  /* no fork() on Windows */
}

int fq_os_sleep_ns(int64_t ns)
{
	Sleep((DWORD) ((ns + 999999) / 1000000));
	return 0;
}

#else
/* POSIX: os_posix.c. Keeps the translation unit non-empty (ISO C). */
typedef int fq_os_win_unused;
#endif
