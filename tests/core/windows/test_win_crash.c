/*
 * Crash safety on Windows: a process terminated at each crash point of the
 * framed format and of job queues (hooks.h; the core built with
 * -DFQ_DEBUG_HOOKS) leaves the queue as it was before the operation or after
 * it, never between, and the next process goes on with it; a job is never
 * lost and never handed out twice at once. .ci/windows runs it under Wine; children
 * are this program again, with FILEQ_CRASH_AT in their environment.
 *
 *   test_win_crash                     every point, in a fresh temp directory
 *   test_win_crash op POINT PATH       (child) the operation that passes POINT
 */
#include "platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "queue.h"

#define FRAME 64
#define BASE 10   /* frames in the queue before the crash */

static fq_error_t err;

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: CHECK(%s) failed: %s\n", __FILE__, __LINE__, #cond, err.msg); \
		return 1; \
	} \
} while (0)

/* A point, what the child does to pass it, and the frames and boot state it must leave. */
typedef struct crash_case {
	const char *point;
	const char *op;      /* push, shift, boot, clear, create; jobs: reserve, ack (a reserve, then its ack) */
	int base;            /* frames before: BASE, or 0 (the first push grows the file) */
	int frames_after;    /* frames after the crash */
	const char *boot_after;
} crash_case_t;

static const crash_case_t cases[] = {
	{"push:before-frame", "push", BASE, BASE, "b0"},
	{"push:after-frame", "push", BASE, BASE, "b0"},
	{"commit:before", "push", BASE, BASE, "b0"},
	{"commit:torn", "push", BASE, BASE, "b0"},
	{"commit:after", "push", BASE, BASE + 1, "b0"},
	{"grow:after-allocate", "push", 0, 0, "b0"},
	{"take:before-commit", "shift", BASE, BASE, "b0"},
	{"boot:before-area", "boot", BASE, BASE, "b0"},
	{"boot:after-area", "boot", BASE, BASE, "b0"},
	{"clear:before-truncate", "clear", BASE, 0, "b0"},
	{"init:before-magic", "create", -1, 0, ""},
};

/* Job queues: the point, the operation, and the how-many-th passing of the point is the crash. */
typedef struct job_case {
	const char *point;
	const char *op;
	const char *after;   /* FILEQ_CRASH_AFTER */
} job_case_t;

static const job_case_t job_cases[] = {
	{"reserve:before-envelope", "reserve", "1"},
	{"job:envelope", "reserve", "1"},
	{"reserve:after-envelope", "reserve", "1"},
	{"commit:before", "reserve", "1"},
	{"commit:after", "reserve", "1"},
	{"ack:before-envelope", "ack", "1"},
	{"job:envelope", "ack", "2"},
	{"ack:after-envelope", "ack", "1"},
	{"commit:before", "ack", "2"},
	{"commit:after", "ack", "2"},
};

static int child(const char *op, const char *path)
{
	fq_queue_t q;
	unsigned char buf[FRAME];
	uint64_t cursor;
	size_t start, len;
	int found;

	if (strcmp(op, "reserve") == 0 || strcmp(op, "ack") == 0) {
		fq_job_t job;

		CHECK(fq_queue_open(&q, path, 0, FQ_QUEUE_JOBS, 0600, 10000000000LL, &err) == FQ_OK);
		CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found);
		if (strcmp(op, "ack") == 0) {
			CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK);
		}
		fq_queue_close(&q);
		return 0;
	}
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 10000000000LL, &err) == FQ_OK);
	if (strcmp(op, "push") == 0) {
		CHECK(fq_queue_push(&q, "new", 3, &cursor, &err) == FQ_OK);
	} else if (strcmp(op, "shift") == 0) {
		CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK);
	} else if (strcmp(op, "boot") == 0) {
		CHECK(fq_queue_boot_write(&q, "b1", 2, &err) == FQ_OK);
	} else if (strcmp(op, "clear") == 0) {
		CHECK(fq_queue_clear(&q, &err) == FQ_OK);
	}
	fq_queue_close(&q);
	return 0;  /* the point was not passed: the parent says so */
}

/* Starts this program again for op, with FILEQ_CRASH_AT=point (and _AFTER); its exit code (-1 when it did not end). */
static long run_child(const char *point, const char *after, const char *op, const char *path)
{
	char exe[MAX_PATH], cmd[2 * MAX_PATH + 128];
	STARTUPINFOA si;
	PROCESS_INFORMATION pi;
	DWORD code = 0;
	BOOL ok = FALSE;
	int tries;

	if (GetModuleFileNameA(NULL, exe, sizeof(exe)) == 0) {
		return -1;
	}
	snprintf(cmd, sizeof(cmd), "\"%s\" op %s \"%s\"", exe, op, path);
	memset(&si, 0, sizeof(si));
	si.cb = sizeof(si);
	SetEnvironmentVariableA("FILEQ_CRASH_AT", point);
	SetEnvironmentVariableA("FILEQ_CRASH_AFTER", after);
	/* Wine's CreateProcess now and then fails with ERROR_INTERNAL_ERROR while its server is busy: tried again. */
	for (tries = 0; tries < 5; tries++) {
		ok = CreateProcessA(exe, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
		if (ok || GetLastError() != ERROR_INTERNAL_ERROR) {
			break;
		}
		Sleep(100);
	}
	SetEnvironmentVariableA("FILEQ_CRASH_AT", NULL);
	SetEnvironmentVariableA("FILEQ_CRASH_AFTER", NULL);
	if (!ok) {
		return -1;
	}
	CloseHandle(pi.hThread);
	if (WaitForSingleObject(pi.hProcess, 30000) != WAIT_OBJECT_0 || !GetExitCodeProcess(pi.hProcess, &code)) {
		TerminateProcess(pi.hProcess, 99);
		code = (DWORD) -1;
	}
	CloseHandle(pi.hProcess);
	return (long) code;
}

static int one(const crash_case_t *c, const char *path)
{
	fq_queue_t q;
	unsigned char buf[FQ_BOOT_MAX];
	uint64_t cursor, count;
	size_t start, len;
	int i, found;
	long code;

	DeleteFileA(path);
	if (c->base >= 0) {
		CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, -1, &err) == FQ_OK);
		for (i = 0; i < c->base; i++) {
			char text[16];

			snprintf(text, sizeof(text), "f%d", i);
			CHECK(fq_queue_push(&q, text, strlen(text), &cursor, &err) == FQ_OK);
		}
		CHECK(fq_queue_boot_write(&q, "b0", 2, &err) == FQ_OK);
		fq_queue_close(&q);
	}
	code = run_child(c->point, NULL, c->op, path);
	if (code != 137) {
		fprintf(stderr, "%s: the child ended with %ld, not terminated at the point\n", c->point, code);
		return 1;
	}
	/* what is left: the state before the operation or after it, every frame whole */
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 10000000000LL, &err) == FQ_OK);
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK);
	if (count != (uint64_t) c->frames_after) {
		fprintf(stderr, "%s: %llu frames left, expected %d\n", c->point, (unsigned long long) count, c->frames_after);
		return 1;
	}
	CHECK(fq_queue_boot_read(&q, buf, sizeof(buf), &len, &err) == FQ_OK);
	CHECK(len == strlen(c->boot_after) && memcmp(buf, c->boot_after, len) == 0);
	for (i = 0; (uint64_t) i < count; i++) {
		char text[16];

		snprintf(text, sizeof(text), i < c->base ? "f%d" : "new", i);
		CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK && found);
		CHECK(len == strlen(text) && memcmp(buf + start, text, len) == 0);
	}
	/* and it goes on working */
	CHECK(fq_queue_push(&q, "next", 4, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_pop(&q, buf, &start, &len, &found, &err) == FQ_OK && found && len == 4);
	fq_queue_close(&q);
	return 0;
}

/*
 * A job queue of BASE jobs; the child reserves the first (and acks it), and
 * is terminated at the point. Then every job is handed out once, the first
 * one too unless its ack was committed; none twice.
 */
static int one_job(const job_case_t *c, const char *path)
{
	fq_queue_t q;
	unsigned char buf[FRAME];
	int seen[BASE], i, found, n = 0;
	uint64_t cursor;
	fq_job_t job;
	size_t len;
	long code;

	DeleteFileA(path);
	CHECK(fq_queue_open(&q, path, FRAME + FQ_JOB_OVERHEAD, FQ_QUEUE_JOBS, 0600, -1, &err) == FQ_OK);
	for (i = 0; i < BASE; i++) {
		unsigned char b = (unsigned char) i;

		CHECK(fq_queue_push(&q, &b, 1, &cursor, &err) == FQ_OK);
	}
	fq_queue_close(&q);
	code = run_child(c->point, c->after, c->op, path);
	if (code != 137) {
		fprintf(stderr, "%s (%s, passing %s): the child ended with %ld, not terminated at the point\n", c->point,
			c->op, c->after, code);
		return 1;
	}
	memset(seen, 0, sizeof(seen));
	CHECK(fq_queue_open(&q, path, 0, FQ_QUEUE_JOBS, 0600, 10000000000LL, &err) == FQ_OK);
	for (;;) {
		CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK);
		if (!found) {
			break;
		}
		CHECK(len == 1 && buf[0] < BASE && !seen[buf[0]]);
		CHECK(job.attempts <= 2);
		seen[buf[0]] = 1;
		n++;
		CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK);
	}
	for (i = 1; i < BASE; i++) {
		CHECK(seen[i]);
	}
	if (strcmp(c->op, "reserve") == 0 && !seen[0]) {
		fprintf(stderr, "%s (reserve): the job its dead holder reserved was lost\n", c->point);
		return 1;
	}
	CHECK(fq_queue_push(&q, "n", 1, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found && buf[0] == 'n');
	CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK);
	fq_queue_close(&q);
	(void) n;
	return 0;
}

int main(int argc, char **argv)
{
	char base[MAX_PATH], dir[MAX_PATH], path[MAX_PATH + 16];
	size_t i;
	DWORD n;
	int rc = 0;

	fq_core_init();
	if (argc == 4 && strcmp(argv[1], "op") == 0) {
		return child(argv[2], argv[3]);
	}
	if (argc != 1) {
		fprintf(stderr, "usage: test_win_crash\n");
		return 2;
	}
	n = GetTempPathA(sizeof(base), base);
	CHECK(n > 0 && n < sizeof(base));
	snprintf(dir, sizeof(dir), "%sfileq-win-crash-%lu", base, (unsigned long) GetCurrentProcessId());
	CHECK(CreateDirectoryA(dir, NULL) || GetLastError() == ERROR_ALREADY_EXISTS);  /* a pid of an earlier run */
	snprintf(path, sizeof(path), "%s\\crash.q", dir);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]) && rc == 0; i++) {
		rc = one(&cases[i], path);
	}
	for (i = 0; i < sizeof(job_cases) / sizeof(job_cases[0]) && rc == 0; i++) {
		rc = one_job(&job_cases[i], path);
	}
	DeleteFileA(path);
	RemoveDirectoryA(dir);
	if (rc == 0) {
		printf("test_win_crash: %u framed and %u job queue crash cases: ok\n", (unsigned) (sizeof(cases) / sizeof(cases[0])),
			(unsigned) (sizeof(job_cases) / sizeof(job_cases[0])));
	}
	return rc;
}
