/*
 * The queue core on Windows, as .ci/windows runs it (under Wine): one
 * process, two processes sharing a file, a process killed while it holds the
 * lock, and wait() woken by another process's push. Windows-only (children
 * are this program again, started with CreateProcess); returns non-zero on
 * the first failure.
 *
 *   test_win_queue                 all of it, in a fresh temp directory
 *   test_win_queue push PATH N ID  (child) N frames "ID:i" pushed one by one
 *   test_win_queue hold PATH EVENT (child) the lock taken, a frame pushed in
 *                                  it, EVENT set, then sleeps until killed
 *   test_win_queue late PATH MS    (child) sleeps MS, then pushes the time
 *   test_win_queue rawlate PATH MS (child) the same on a RAW queue
 *   test_win_queue reserve PATH EVENT (child) a job reserved, EVENT set, then
 *                                  sleeps until killed
 */
#include "platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>

#include "fdio.h"
#include "queue.h"
#include "seed.h"

#define FRAME 64

static fq_error_t err;

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: CHECK(%s) failed: %s\n", __FILE__, __LINE__, #cond, err.msg); \
		return 1; \
	} \
} while (0)

static char dir[MAX_PATH];

static void path_of(char *out, size_t cap, const char *name)
{
	snprintf(out, cap, "%s\\%s", dir, name);
}

/*
 * Starts this program again with args; the process handle, or NULL. Wine's
 * CreateProcess now and then fails with ERROR_INTERNAL_ERROR (1359) while its
 * server is busy starting another process: that one is tried again.
 */
static HANDLE spawn(const char *args)
{
	char exe[MAX_PATH], cmd[2 * MAX_PATH + 256];
	STARTUPINFOA si;
	PROCESS_INFORMATION pi;
	DWORD e = 0;
	int tries;

	if (GetModuleFileNameA(NULL, exe, sizeof(exe)) == 0) {
		return NULL;
	}
	snprintf(cmd, sizeof(cmd), "\"%s\" %s", exe, args);
	for (tries = 0; tries < 5; tries++) {
		memset(&si, 0, sizeof(si));
		si.cb = sizeof(si);
		if (CreateProcessA(exe, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) {
			CloseHandle(pi.hThread);
			return pi.hProcess;
		}
		e = GetLastError();
		if (e != ERROR_INTERNAL_ERROR) {
			break;
		}
		Sleep(100);
	}
	fprintf(stderr, "CreateProcess failed: %lu\n", (unsigned long) e);
	return NULL;
}

/* Waits for the child and returns its exit code (-1 when it did not end within ms). */
static long reap(HANDLE child, DWORD ms)
{
	DWORD code = 0;

	if (WaitForSingleObject(child, ms) != WAIT_OBJECT_0 || !GetExitCodeProcess(child, &code)) {
		TerminateProcess(child, 99);
		CloseHandle(child);
		return -1;
	}
	CloseHandle(child);
	return (long) code;
}

static int take(fq_queue_t *q, int newest, const char *want)
{
	unsigned char buf[FRAME];
	size_t start, len;
	int found, rc;

	rc = newest ? fq_queue_pop(q, buf, &start, &len, &found, &err) : fq_queue_shift(q, buf, &start, &len, &found, &err);
	if (rc != FQ_OK) {
		return 0;
	}
	if (want == NULL) {
		return !found;
	}
	return found && len == strlen(want) && memcmp(buf + start, want, len) == 0;
}

/* ---- one process ----------------------------------------------------------- */

static int single(void)
{
	char path[MAX_PATH + 32];
	fq_queue_t q, r;
	uint64_t cursor, count, size;
	unsigned char buf[FQ_BOOT_MAX];
	fq_state_t st;
	size_t len;
	int64_t t0;
	int ready, i;

	path_of(path, sizeof(path), "single.q");
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, -1, &err) == FQ_OK);
	CHECK(strcmp(fq_queue_lock_kind(&q), "LockFileEx") == 0);  /* per call: no robust mutex here */
	CHECK(fq_queue_push(&q, "one", 3, &cursor, &err) == FQ_OK && cursor == FQ_HEADER_SIZE);
	CHECK(fq_queue_push(&q, "two", 3, &cursor, &err) == FQ_OK && cursor == FQ_HEADER_SIZE + FRAME);
	CHECK(fq_queue_push(&q, "three", 5, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "x", FRAME - FQ_FRAME_OVERHEAD + 1, &cursor, &err) == FQ_ETOOBIG);
	CHECK(take(&q, 1, "three"));
	CHECK(take(&q, 0, "one"));
	CHECK(fq_queue_write(&q, FQ_HEADER_SIZE + FRAME, "TWO", 3, &err) == FQ_OK);
	CHECK(fq_queue_boot_write(&q, "state", 5, &err) == FQ_OK);
	fq_queue_close(&q);

	/* a second handle of the file, later */
	CHECK(fq_queue_open(&r, path, 0, 0, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_count(&r, &count, &err) == FQ_OK && count == 1);
	CHECK(fq_queue_boot_read(&r, buf, sizeof(buf), &len, &err) == FQ_OK && len == 5 && memcmp(buf, "state", 5) == 0);
	CHECK(take(&r, 0, "TWO"));
	CHECK(take(&r, 0, NULL));

	/* growth past the first step, and clear (the file is mapped: it keeps its length, fdio.h) */
	for (i = 0; i < 3000; i++) {
		char text[32];

		snprintf(text, sizeof(text), "frame %d", i);
		CHECK(fq_queue_push(&r, text, strlen(text), &cursor, &err) == FQ_OK);
	}
	CHECK(fq_queue_stat(&r, &st, &size, &err) == FQ_OK && st.tail - st.head == 3000);
	CHECK(size >= FQ_HEADER_SIZE + st.hwm * FRAME);
	CHECK(take(&r, 0, "frame 0") && take(&r, 1, "frame 2999"));
	CHECK(fq_queue_clear(&r, &err) == FQ_OK);
	CHECK(fq_queue_count(&r, &count, &err) == FQ_OK && count == 0);
	{
		/* Windows refused to cut the mapped file (ERROR_USER_MAPPED_FILE): its length stays, the queue is empty */
		uint64_t after;

		CHECK(fq_queue_stat(&r, &st, &after, &err) == FQ_OK && after == size && st.hwm == 0);
	}
	CHECK(fq_queue_push(&r, "again", 5, &cursor, &err) == FQ_OK && cursor == FQ_HEADER_SIZE);
	CHECK(take(&r, 1, "again"));

	/* a second handle in the same thread while the first holds the lock: an error, not a wait for itself */
	CHECK(fq_queue_open(&q, path, 0, 0, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_lock(&r, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "no", 2, &cursor, &err) == FQ_ESTATE);
	CHECK(fq_queue_unlock(&r, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "yes", 3, &cursor, &err) == FQ_OK);
	CHECK(take(&r, 1, "yes"));
	fq_queue_close(&q);

	/* wait() on an empty queue: times out after the deadline, sleeping (a few slices), not spinning */
	t0 = fq_now_ns();
	for (i = 0; ; i++) {
		int rc = fq_queue_wait(&r, t0 + 600000000LL, &ready, &err);

		CHECK(rc == FQ_OK || rc == FQ_EINTR);
		if (rc == FQ_OK) {
			break;
		}
		CHECK(i < 20);
	}
	CHECK(!ready && fq_now_ns() - t0 >= 590000000LL);
	fq_queue_close(&r);

	/* RAW: the seed's bytes */
	path_of(path, sizeof(path), "single-raw.q");
	CHECK(fq_queue_open(&q, path, 8, FQ_QUEUE_RAW, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "abc", 3, &cursor, &err) == FQ_OK && cursor == 0);
	CHECK(fq_queue_push(&q, " de ", 4, &cursor, &err) == FQ_OK && cursor == 8);
	CHECK(fq_queue_stat(&q, &st, &size, &err) == FQ_OK && size == 16);
	CHECK(take(&q, 1, "de"));
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 1);
	CHECK(take(&q, 1, "abc"));
	CHECK(take(&q, 1, NULL));
	fq_queue_close(&q);

	/* FQ_QUEUE_SYNC: the views flushed (FlushViewOfFile), then the file (FlushFileBuffers) */
	path_of(path, sizeof(path), "single-sync.q");
	CHECK(fq_queue_open(&q, path, FRAME, FQ_QUEUE_SYNC, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "durable", 7, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_boot_write(&q, "b", 1, &err) == FQ_OK);
	CHECK(take(&q, 1, "durable"));
	CHECK(fq_queue_clear(&q, &err) == FQ_OK);
	fq_queue_close(&q);
	DeleteFileA(path);

	/* a UTF-8 path (PHP's file names on Windows) names the file Windows knows in UTF-16 */
	{
		static const wchar_t wname[] = L"\\q-\u00fc\u20ac.q";
		wchar_t wpath[MAX_PATH + 32];

		path_of(path, sizeof(path), "q-\xc3\xbc\xe2\x82\xac.q");
		CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, -1, &err) == FQ_OK);
		CHECK(fq_queue_push(&q, "utf8", 4, &cursor, &err) == FQ_OK);
		fq_queue_close(&q);
		CHECK(MultiByteToWideChar(CP_ACP, 0, dir, -1, wpath, MAX_PATH) > 0);
		wcscat(wpath, wname);
		CHECK(GetFileAttributesW(wpath) != INVALID_FILE_ATTRIBUTES);
		CHECK(DeleteFileW(wpath));
	}

	/* a file that is not a queue, and a directory */
	path_of(path, sizeof(path), "single-raw.q");
	{
		FILE *f = fopen(path, "wb");

		CHECK(f != NULL && fwrite("not a queue at all, but long enough to have been one", 1, 52, f) == 52);
		fclose(f);
	}
	CHECK(fq_queue_open(&q, path, 64, 0, 0600, -1, &err) == FQ_ECORRUPT);
	CHECK(fq_queue_open(&q, dir, 64, 0, 0600, -1, &err) == FQ_EIO);
	printf("test_win_queue: one process: ok\n");
	return 0;
}

/* ---- PHP's flock() on Windows -------------------------------------------------------- */

/* What PHP's flock($fh, LOCK_EX | LOCK_NB) does on Windows: every byte from 0, exclusively, on its own handle. */
static int php_flock(HANDLE h, int lock)
{
	OVERLAPPED at;

	memset(&at, 0, sizeof(at));
	if (!lock) {
		return UnlockFileEx(h, 0, 0xffffffffu, 0xffffffffu, &at) ? 0 : -1;
	}
	return LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 0xffffffffu, 0xffffffffu, &at) ? 0 : -1;
}

/* A RAW queue and a pure-PHP script's flock() exclude each other, both ways, and the script's lock does not stop an open. */
static int flock_interop(void)
{
	char path[MAX_PATH + 32];
	unsigned char buf[16];
	fq_queue_t q;
	uint64_t cursor;
	size_t start, len;
	int found;
	HANDLE php;

	path_of(path, sizeof(path), "flock.q");
	CHECK(fq_queue_open(&q, path, 16, FQ_QUEUE_RAW, 0600, 300000000LL, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "seed", 4, &cursor, &err) == FQ_OK);
	fq_queue_close(&q);
	php = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
		OPEN_EXISTING, 0, NULL);
	CHECK(php != INVALID_HANDLE_VALUE);

	/* the script holds its flock(): fileq opens the file, and waits for the lock (here: times out) */
	CHECK(php_flock(php, 1) == 0);
	CHECK(fq_queue_open(&q, path, 16, FQ_QUEUE_RAW, 0600, 300000000LL, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "blocked", 7, &cursor, &err) == FQ_ETIMEOUT);
	CHECK(php_flock(php, 0) == 0);
	CHECK(fq_queue_push(&q, "fileq", 5, &cursor, &err) == FQ_OK && cursor == 16);

	/* fileq holds its lock: the script's flock() is refused */
	CHECK(fq_queue_lock(&q, &err) == FQ_OK);
	CHECK(php_flock(php, 1) != 0);
	CHECK(fq_queue_unlock(&q, &err) == FQ_OK);
	CHECK(php_flock(php, 1) == 0);
	CHECK(php_flock(php, 0) == 0);
	CHECK(fq_queue_pop(&q, buf, &start, &len, &found, &err) == FQ_OK && found && len == 5);
	fq_queue_close(&q);
	CloseHandle(php);
	printf("test_win_queue: RAW queue and PHP's flock() exclude each other: ok\n");
	return 0;
}

/* ---- the seed's functions (by path, a callback under the lock) ---------------------- */

static unsigned char seed_buf[256];

static unsigned char *seed_alloc(void *ctx, size_t cap)
{
	(void) ctx;
	return cap <= sizeof(seed_buf) ? seed_buf : NULL;
}

/* The callback's descriptor: a second handle of the locked file, which it reads through. */
static int seed_hook(void *ctx, int *fd, fq_error_t *e)
{
	uint64_t size;

	*(int *) ctx = fq_io_size(*fd, "hook", &size, NULL, e) == FQ_OK ? (int) size : -1;
	return FQ_OK;
}

static int seed(void)
{
	char path[MAX_PATH + 32];
	fq_seed_file_t f;
	fq_seed_call_t c;
	uint64_t at;
	size_t start, len;
	unsigned char *buf;
	int seen = -2;
	FILE *file;

	path_of(path, sizeof(path), "seed.q");
	CHECK((file = fopen(path, "wb")) != NULL && fclose(file) == 0);  /* the seed's file exists before */
	CHECK(fq_seed_open(&f, path, 1000000000LL, &err) == FQ_OK);
	memset(&c, 0, sizeof(c));
	c.frame_size = 16;
	c.cursor = FQ_RAW_APPEND;
	c.data = "first";
	c.len = 5;
	CHECK(fq_seed_push(&f, &c, &at, &err) == FQ_OK && at == 0);
	c.data = " second ";
	c.len = 8;
	c.hook = seed_hook;
	c.ctx = &seen;
	CHECK(fq_seed_push(&f, &c, &at, &err) == FQ_OK && at == 16 && seen == 16);
	c.hook = NULL;
	c.data = NULL;
	c.len = 0;
	c.alloc = seed_alloc;
	CHECK(fq_seed_pop(&f, &c, &buf, &start, &len, &err) == FQ_OK && buf != NULL);
	CHECK(len == 6 && memcmp(buf + start, "second", 6) == 0);  /* trimmed, as PHP's trim() */
	c.cursor = 0;
	c.data = "FIRST";
	c.len = 5;
	CHECK(fq_seed_pop(&f, &c, &buf, &start, &len, &err) == FQ_OK && len == 5 && memcmp(buf + start, "first", 5) == 0);
	c.cursor = FQ_RAW_APPEND;
	c.data = NULL;
	c.len = 0;
	CHECK(fq_seed_pop(&f, &c, &buf, &start, &len, &err) == FQ_OK && len == 5 && memcmp(buf + start, "FIRST", 5) == 0);
	CHECK(fq_seed_pop(&f, &c, &buf, &start, &len, &err) == FQ_OK && buf == NULL && len == 0);
	CHECK(fq_seed_names(&f, path));
	fq_seed_close(&f);
	printf("test_win_queue: the seed's functions (by path, a callback): ok\n");
	return 0;
}

/* ---- two processes ---------------------------------------------------------- */

static int child_push(const char *path, int n, const char *id)
{
	fq_queue_t q;
	uint64_t cursor;
	int i;

	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 10000000000LL, &err) == FQ_OK);
	for (i = 0; i < n; i++) {
		char text[32];

		snprintf(text, sizeof(text), "%s:%d", id, i);
		CHECK(fq_queue_push(&q, text, strlen(text), &cursor, &err) == FQ_OK);
	}
	fq_queue_close(&q);
	return 0;
}

#define PUSHES 2000

/* Two children push at once, the parent shifts meanwhile: every frame arrives once, each child's in its order. */
static int two(void)
{
	char path[MAX_PATH + 32], args[MAX_PATH + 64];
	unsigned char buf[FRAME];
	HANDLE a, b;
	fq_queue_t q;
	int next[2] = {0, 0}, got = 0, found, idle;
	size_t start, len;

	path_of(path, sizeof(path), "two.q");
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 10000000000LL, &err) == FQ_OK);
	snprintf(args, sizeof(args), "push \"%s\" %d A", path, PUSHES);
	a = spawn(args);
	snprintf(args, sizeof(args), "push \"%s\" %d B", path, PUSHES);
	b = spawn(args);
	CHECK(a != NULL && b != NULL);
	for (idle = 0; got < 2 * PUSHES && idle < 20000; ) {
		int who, i;

		CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK);
		if (!found) {
			idle++;
			Sleep(1);
			continue;
		}
		idle = 0;
		buf[len < sizeof(buf) - 1 ? len : sizeof(buf) - 1] = '\0';
		CHECK((buf[0] == 'A' || buf[0] == 'B') && buf[1] == ':');
		who = buf[0] - 'A';
		i = atoi((const char *) buf + 2);
		if (i != next[who]) {
			fprintf(stderr, "two: from %c got %d, expected %d\n", buf[0], i, next[who]);
			return 1;
		}
		next[who]++;
		got++;
	}
	CHECK(reap(a, 30000) == 0 && reap(b, 30000) == 0);
	CHECK(got == 2 * PUSHES && next[0] == PUSHES && next[1] == PUSHES);
	CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK && !found);
	fq_queue_close(&q);
	printf("test_win_queue: two processes, %d frames: ok\n", 2 * PUSHES);
	return 0;
}

/* ---- a holder killed ---------------------------------------------------------- */

static int child_hold(const char *path, const char *event)
{
	fq_queue_t q;
	uint64_t cursor;
	HANDLE e = OpenEventA(EVENT_MODIFY_STATE, FALSE, event);

	CHECK(e != NULL);
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 10000000000LL, &err) == FQ_OK);
	CHECK(fq_queue_lock(&q, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "inside", 6, &cursor, &err) == FQ_OK);
	SetEvent(e);
	Sleep(INFINITE);  /* killed here, the lock held */
	return 1;
}

static int killed(void)
{
	char path[MAX_PATH + 32], args[MAX_PATH + 128], event[64];
	HANDLE ev, child;
	fq_queue_t q;
	uint64_t cursor, count;
	int64_t t0;

	path_of(path, sizeof(path), "killed.q");
	snprintf(event, sizeof(event), "Local\\fileq-test-held-%lu", (unsigned long) GetCurrentProcessId());
	ev = CreateEventA(NULL, TRUE, FALSE, event);
	CHECK(ev != NULL);
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 300000000LL, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "before", 6, &cursor, &err) == FQ_OK);
	snprintf(args, sizeof(args), "hold \"%s\" %s", path, event);
	child = spawn(args);
	CHECK(child != NULL);
	CHECK(WaitForSingleObject(ev, 30000) == WAIT_OBJECT_0);
	/* held by the child: a bounded wait ends in a timeout */
	t0 = fq_now_ns();
	CHECK(fq_queue_push(&q, "blocked", 7, &cursor, &err) == FQ_ETIMEOUT);
	CHECK(fq_now_ns() - t0 >= 250000000LL);
	CHECK(strstr(err.msg, "not had within") != NULL);
	/* killed while holding it: Windows releases its locks, the next locker goes on with what it committed */
	CHECK(TerminateProcess(child, 9));
	CHECK(reap(child, 30000) == 9);
	fq_queue_set_lock_timeout(&q, 10000000000LL);
	t0 = fq_now_ns();
	CHECK(fq_queue_push(&q, "after", 5, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 3);
	CHECK(take(&q, 0, "before") && take(&q, 0, "inside") && take(&q, 0, "after") && take(&q, 0, NULL));
	printf("test_win_queue: a holder killed, lock had %.0f ms later: ok\n", (fq_now_ns() - t0) / 1e6);
	fq_queue_close(&q);
	CloseHandle(ev);
	return 0;
}

/* ---- job queues: a holder killed ---------------------------------------------------- */

static int child_reserve(const char *path, const char *event)
{
	fq_queue_t q;
	unsigned char buf[FRAME];
	fq_job_t job;
	size_t len;
	int found;
	HANDLE e = OpenEventA(EVENT_MODIFY_STATE, FALSE, event);

	CHECK(e != NULL);
	CHECK(fq_queue_open(&q, path, 0, FQ_QUEUE_JOBS, 0600, 10000000000LL, &err) == FQ_OK);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found);
	SetEvent(e);
	Sleep(INFINITE);  /* killed here, holding the job */
	return 1;
}

/*
 * reserve/release/ack in one process; then a child reserves the one job and
 * is killed: while it lives the job is its own, once it is gone (an ended
 * process is not running: registry_win.c) the next reserve() gets it again.
 */
static int jobs(void)
{
	char path[MAX_PATH + 32], args[MAX_PATH + 128], event[64];
	unsigned char buf[FRAME];
	fq_queue_t q;
	fq_job_t job, other;
	fq_jobs_census_t census;
	uint64_t cursor;
	size_t len;
	int found;
	HANDLE ev, child;

	path_of(path, sizeof(path), "jobs.q");
	CHECK(fq_queue_open(&q, path, FRAME + FQ_JOB_OVERHEAD, FQ_QUEUE_JOBS, 0600, 10000000000LL, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "a", 1, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "b", 1, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found && len == 1 && buf[0] == 'a');
	CHECK(fq_queue_release(&q, &job, &err) == FQ_OK);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found && buf[0] == 'a');
	CHECK(job.attempts == 2);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &other, &found, &err) == FQ_OK && found && buf[0] == 'b');
	CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK && fq_queue_ack(&q, &other, &err) == FQ_OK);
	CHECK(fq_queue_ack(&q, &job, &err) == FQ_ESTATE);  /* a second ack is refused */

	CHECK(fq_queue_push(&q, "x", 1, &cursor, &err) == FQ_OK);
	snprintf(event, sizeof(event), "Local\\fileq-test-job-%lu", (unsigned long) GetCurrentProcessId());
	ev = CreateEventA(NULL, TRUE, FALSE, event);
	CHECK(ev != NULL);
	snprintf(args, sizeof(args), "reserve \"%s\" %s", path, event);
	child = spawn(args);
	CHECK(child != NULL);
	CHECK(WaitForSingleObject(ev, 30000) == WAIT_OBJECT_0);
	CHECK(fq_queue_jobs_census(&q, &census, &err) == FQ_OK && census.held == 1);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && !found);  /* the child's */
	CHECK(TerminateProcess(child, 9));
	CHECK(reap(child, 30000) == 9);
	CHECK(fq_queue_jobs_census(&q, &census, &err) == FQ_OK && census.lost == 1);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found && buf[0] == 'x');
	CHECK(job.attempts == 2);
	CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK);
	fq_queue_close(&q);
	CloseHandle(ev);
	printf("test_win_queue: job queue, a holder killed: its job handed out again: ok\n");
	return 0;
}

/* ---- wait() woken by another process --------------------------------------------- */

static int child_late(const char *path, int ms, int flags)
{
	fq_queue_t q;
	uint64_t cursor;
	char text[32];

	CHECK(fq_queue_open(&q, path, FRAME, flags, 0600, 10000000000LL, &err) == FQ_OK);
	Sleep((DWORD) ms);
	/* the performance counter is the system's: the parent compares its own time with this */
	snprintf(text, sizeof(text), "%lld", (long long) fq_now_ns());
	CHECK(fq_queue_push(&q, text, strlen(text), &cursor, &err) == FQ_OK);
	fq_queue_close(&q);
	return 0;
}

/* flags 0: framed (the named semaphore); FQ_QUEUE_RAW: the directory's change notification */
static int woken(int flags)
{
	char path[MAX_PATH + 32], args[MAX_PATH + 64];
	unsigned char buf[FRAME];
	HANDLE child;
	fq_queue_t q;
	size_t start, len;
	int64_t t0, woke, pushed_at, worst = 0;
	int ready = 0, slices, found, round;

	path_of(path, sizeof(path), flags ? "woken-raw.q" : "woken.q");
	CHECK(fq_queue_open(&q, path, FRAME, flags, 0600, 10000000000LL, &err) == FQ_OK);
	for (round = 0; round < 3; round++) {
		snprintf(args, sizeof(args), "%s \"%s\" %d", flags ? "rawlate" : "late", path, 400 + 170 * round);
		child = spawn(args);
		CHECK(child != NULL);
		t0 = fq_now_ns();
		for (slices = 0; ; slices++) {
			int rc = fq_queue_wait(&q, t0 + 10000000000LL, &ready, &err);

			CHECK(rc == FQ_OK || rc == FQ_EINTR);
			if (rc == FQ_OK) {
				break;
			}
			CHECK(slices < 60);  /* 250 ms slices: a busy loop would make thousands */
		}
		woke = fq_now_ns();
		CHECK(ready);
		CHECK(fq_queue_pop(&q, buf, &start, &len, &found, &err) == FQ_OK && found && start + len < sizeof(buf));
		buf[start + len] = '\0';
		pushed_at = atoll((const char *) buf + start);
		CHECK(reap(child, 30000) == 0);
		if (woke - pushed_at > worst) {
			worst = woke - pushed_at;
		}
	}
	/* Woken by the push, not by the end of a 250 ms slice. */
	CHECK(worst < 150000000LL);
	fq_queue_close(&q);
	printf("test_win_queue: %s wait() woken by another process's push within %.1f ms (worst of 3): ok\n",
		flags ? "RAW" : "framed", worst / 1e6);
	return 0;
}

/* ---- main ------------------------------------------------------------------------ */

static void cleanup(void)
{
	static const char *const names[] = {"single.q", "single-raw.q", "flock.q", "seed.q", "two.q", "killed.q", "jobs.q",
		"woken.q", "woken-raw.q"};
	char path[MAX_PATH + 32];
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		path_of(path, sizeof(path), names[i]);
		DeleteFileA(path);
	}
	RemoveDirectoryA(dir);
}

int main(int argc, char **argv)
{
	char base[MAX_PATH];
	DWORD n;
	int rc;

	fq_core_init();
	if (argc == 5 && strcmp(argv[1], "push") == 0) {
		return child_push(argv[2], atoi(argv[3]), argv[4]);
	}
	if (argc == 4 && strcmp(argv[1], "hold") == 0) {
		return child_hold(argv[2], argv[3]);
	}
	if (argc == 4 && strcmp(argv[1], "late") == 0) {
		return child_late(argv[2], atoi(argv[3]), 0);
	}
	if (argc == 4 && strcmp(argv[1], "reserve") == 0) {
		return child_reserve(argv[2], argv[3]);
	}
	if (argc == 4 && strcmp(argv[1], "rawlate") == 0) {
		return child_late(argv[2], atoi(argv[3]), FQ_QUEUE_RAW);
	}
	if (argc != 1) {
		fprintf(stderr, "usage: test_win_queue\n");
		return 2;
	}
	n = GetTempPathA(sizeof(base), base);
	CHECK(n > 0 && n < sizeof(base));
	snprintf(dir, sizeof(dir), "%sfileq-win-test-%lu", base, (unsigned long) GetCurrentProcessId());
	CHECK(CreateDirectoryA(dir, NULL) || GetLastError() == ERROR_ALREADY_EXISTS);  /* a pid of an earlier run */
	rc = single();
	if (rc == 0) {
		rc = flock_interop();
	}
	if (rc == 0) {
		rc = seed();
	}
	if (rc == 0) {
		rc = two();
	}
	if (rc == 0) {
		rc = killed();
	}
	if (rc == 0) {
		rc = jobs();
	}
	if (rc == 0) {
		rc = woken(0);
	}
	if (rc == 0) {
		rc = woken(FQ_QUEUE_RAW);
	}
	cleanup();
	if (rc == 0) {
		printf("test_win_queue: ok\n");
	}
	return rc;
}
