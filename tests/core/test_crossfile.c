/*
 * One queue file, two builds of the core: what one writes the other reads.
 *
 *   test_crossfile write DIR    makes DIR/framed.q, DIR/raw.q and DIR/jobs.q
 *   test_crossfile verify DIR   checks them, consumes them, and checks again
 *   test_crossfile              both, in a temp directory (a unit test of check-core)
 *
 * .ci/windows runs the Linux build's write with the Windows build's verify
 * (under Wine) and the other way round. The contents are binary on purpose
 * (NUL bytes, a byte of every value, frames of the full size) and the writer
 * leaves the framed queue with its head moved and a boot state, so that
 * every field of the header's slots is something other than zero.
 */
#include "platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
# include <windows.h>
#else
# include <unistd.h>
#endif

#include "queue.h"

#define FRAME 96
#define FRAMES 40

static fq_error_t err;

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: CHECK(%s) failed: %s\n", __FILE__, __LINE__, #cond, err.msg); \
		return 1; \
	} \
} while (0)

/* Frame i: its number, then bytes that depend on it (every value, NULs included), i % 89 bytes in all, at least 2. */
static size_t frame(unsigned i, unsigned char *buf, size_t max)
{
	size_t len = 2 + i % (max - 1), k;

	buf[0] = (unsigned char) i;
	buf[1] = (unsigned char) (i >> 8);
	for (k = 2; k < len; k++) {
		buf[k] = (unsigned char) (i * 31 + k * 7);
	}
	return len;
}

/* dir/name into out: 0, or -1 when it does not fit */
static int join(char *out, size_t cap, const char *dir, const char *name)
{
	int n = snprintf(out, cap, "%s/%s", dir, name);

	return n > 0 && (size_t) n < cap ? 0 : -1;
}

static int write_files(const char *dir)
{
	char path[1024];
	unsigned char buf[FRAME];
	fq_queue_t q;
	uint64_t cursor;
	size_t len, start;
	unsigned i;
	int found;

	/* framed: FRAMES frames, the first 5 shifted off, the last one popped, a boot state */
	CHECK(join(path, sizeof(path), dir, "framed.q") == 0);
	CHECK(fq_queue_open(&q, path, FRAME, 0, 0600, 5000000000LL, &err) == FQ_OK);
	for (i = 0; i < FRAMES; i++) {
		len = frame(i, buf, FRAME - FQ_FRAME_OVERHEAD);
		CHECK(fq_queue_push(&q, buf, len, &cursor, &err) == FQ_OK);
		CHECK(cursor == FQ_HEADER_SIZE + (uint64_t) i * FRAME);
	}
	for (i = 0; i < 5; i++) {
		CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK && found && buf[0] == i);
	}
	CHECK(fq_queue_pop(&q, buf, &start, &len, &found, &err) == FQ_OK && found && buf[0] == FRAMES - 1);
	CHECK(fq_queue_boot_write(&q, "boot\0state", 10, &err) == FQ_OK);
	fq_queue_close(&q);

	/* RAW: the seed's layout, frames of 32 bytes that trim() leaves whole */
	CHECK(join(path, sizeof(path), dir, "raw.q") == 0);
	CHECK(fq_queue_open(&q, path, 32, FQ_QUEUE_RAW, 0600, 5000000000LL, &err) == FQ_OK);
	for (i = 0; i < 10; i++) {
		char text[32];

		snprintf(text, sizeof(text), "raw frame %u", i);
		CHECK(fq_queue_push(&q, text, strlen(text), &cursor, &err) == FQ_OK && cursor == (uint64_t) i * 32);
	}
	fq_queue_close(&q);

	/* a job queue: 5 jobs, the first acknowledged, the second handed out and given back */
	CHECK(join(path, sizeof(path), dir, "jobs.q") == 0);
	CHECK(fq_queue_open(&q, path, FRAME + FQ_JOB_OVERHEAD, FQ_QUEUE_JOBS, 0600, 5000000000LL, &err) == FQ_OK);
	for (i = 0; i < 5; i++) {
		len = frame(100 + i, buf, FRAME - FQ_FRAME_OVERHEAD);
		CHECK(fq_queue_push(&q, buf, len, &cursor, &err) == FQ_OK);
	}
	{
		fq_job_t job;

		CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found && buf[0] == 100);
		CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK);
		CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found && buf[0] == 101);
		CHECK(fq_queue_release(&q, &job, &err) == FQ_OK);
	}
	fq_queue_close(&q);
	return 0;
}

static int verify_files(const char *dir)
{
	char path[1024];
	unsigned char buf[FQ_BOOT_MAX > FRAME ? FQ_BOOT_MAX : FRAME], want[FRAME];
	fq_queue_t q;
	fq_state_t st;
	uint64_t count, size, cursor;
	size_t len, start, wlen;
	unsigned i;
	int found;

	CHECK(join(path, sizeof(path), dir, "framed.q") == 0);
	/* frame size 0: the file's own, read from its header */
	CHECK(fq_queue_open(&q, path, 0, 0, 0600, 5000000000LL, &err) == FQ_OK);
	CHECK(fq_queue_max_payload(&q) == FRAME - FQ_FRAME_OVERHEAD);
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == FRAMES - 6);
	CHECK(fq_queue_stat(&q, &st, &size, &err) == FQ_OK);
	CHECK(st.head == 5 && st.tail == FRAMES - 1 && st.pushed == FRAMES && st.popped == 6 && st.dropped == 0);
	CHECK(fq_queue_boot_read(&q, buf, sizeof(buf), &len, &err) == FQ_OK && len == 10 && memcmp(buf, "boot\0state", 10) == 0);
	/* addressed reads, then every frame in order, each byte checked */
	wlen = frame(7, want, FRAME - FQ_FRAME_OVERHEAD);
	CHECK(fq_queue_read(&q, FQ_HEADER_SIZE + 7 * FRAME, buf, &start, &len, &err) == FQ_OK);
	CHECK(len == wlen && memcmp(buf + start, want, len) == 0);
	for (i = 5; i < FRAMES - 1; i++) {
		wlen = frame(i, want, FRAME - FQ_FRAME_OVERHEAD);
		CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK && found);
		CHECK(len == wlen && memcmp(buf + start, want, len) == 0);
	}
	CHECK(fq_queue_shift(&q, buf, &start, &len, &found, &err) == FQ_OK && !found);
	/* and the file goes on working here: a push, a pop */
	CHECK(fq_queue_push(&q, "after", 5, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_pop(&q, buf, &start, &len, &found, &err) == FQ_OK && found && len == 5 && memcmp(buf, "after", 5) == 0);
	fq_queue_close(&q);

	CHECK(join(path, sizeof(path), dir, "raw.q") == 0);
	CHECK(fq_queue_open(&q, path, 32, FQ_QUEUE_RAW, 0600, 5000000000LL, &err) == FQ_OK);
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 10);
	for (i = 10; i-- > 0; ) {
		char text[32];

		snprintf(text, sizeof(text), "raw frame %u", i);
		CHECK(fq_queue_pop(&q, buf, &start, &len, &found, &err) == FQ_OK && found);
		CHECK(len == strlen(text) && memcmp(buf + start, text, len) == 0);
	}
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 0);
	fq_queue_close(&q);

	/* the job queue: the given-back job first (its second hand-out), then the three never handed out */
	CHECK(join(path, sizeof(path), dir, "jobs.q") == 0);
	CHECK(fq_queue_open(&q, path, 0, FQ_QUEUE_JOBS, 0600, 5000000000LL, &err) == FQ_OK);
	{
		fq_jobs_census_t census;
		fq_job_t job;

		CHECK(fq_queue_jobs_census(&q, &census, &err) == FQ_OK && census.released == 1 && census.held == 0);
		CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 4);
		for (i = 101; i < 105; i++) {
			wlen = frame(i, want, FRAME - FQ_FRAME_OVERHEAD);
			CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && found);
			CHECK(len == wlen && memcmp(buf, want, len) == 0);
			CHECK(job.attempts == (i == 101 ? 2u : 1u));
			CHECK(fq_queue_ack(&q, &job, &err) == FQ_OK);
		}
		CHECK(fq_queue_reserve(&q, 0, 0, buf, &len, &job, &found, &err) == FQ_OK && !found);
	}
	fq_queue_close(&q);
	return 0;
}

/* A fresh directory of the system's temp directory, for the self-test. */
static int temp_dir(char *out, size_t cap)
{
#ifdef _WIN32
	char base[MAX_PATH];
	DWORD n = GetTempPathA(sizeof(base), base);

	if (n == 0 || n >= sizeof(base)) {
		return -1;
	}
	snprintf(out, cap, "%sfileq-crossfile-%lu", base, (unsigned long) GetCurrentProcessId());
	return CreateDirectoryA(out, NULL) ? 0 : -1;
#else
	const char *base = getenv("TMPDIR");

	snprintf(out, cap, "%s/fileq-crossfile-XXXXXX", base != NULL && base[0] != '\0' ? base : "/tmp");
	return mkdtemp(out) != NULL ? 0 : -1;
#endif
}

static void remove_dir(const char *dir)
{
	char path[1024];

	if (join(path, sizeof(path), dir, "framed.q") == 0) {
		remove(path);
	}
	if (join(path, sizeof(path), dir, "raw.q") == 0) {
		remove(path);
	}
	if (join(path, sizeof(path), dir, "jobs.q") == 0) {
		remove(path);
	}
#ifdef _WIN32
	RemoveDirectoryA(dir);
#else
	rmdir(dir);
#endif
}

int main(int argc, char **argv)
{
	char dir[1024];
	int rc;

	fq_core_init();
	if (argc == 3 && strcmp(argv[1], "write") == 0) {
		rc = write_files(argv[2]);
	} else if (argc == 3 && strcmp(argv[1], "verify") == 0) {
		rc = verify_files(argv[2]);
	} else if (argc == 1) {
		if (temp_dir(dir, sizeof(dir)) != 0) {
			fprintf(stderr, "test_crossfile: no temp directory\n");
			return 1;
		}
		rc = write_files(dir);
		if (rc == 0) {
			rc = verify_files(dir);
		}
		remove_dir(dir);
	} else {
		fprintf(stderr, "usage: test_crossfile [write DIR | verify DIR]\n");
		return 2;
	}
	if (rc == 0) {
		printf("test_crossfile%s%s: ok\n", argc == 3 ? " " : "", argc == 3 ? argv[1] : "");
	}
	return rc;
}
