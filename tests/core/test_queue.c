/*
 * Unit test of the core queue without PHP: framed and RAW round trips, the
 * commit slots' fallback, and the refusals a damaged file must get.
 * Built and run by .ci/check-core; returns non-zero on the first failure.
 */
#include "platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "queue.h"

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: CHECK(%s) failed: %s\n", __FILE__, __LINE__, #cond, err.msg); \
		return 1; \
	} \
} while (0)

static fq_error_t err;

static int take(fq_queue_t *q, int newest, const char *want)
{
	unsigned char buf[256];
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

static int poke(const char *path, long off, unsigned char byte)
{
	FILE *f = fopen(path, "r+b");

	if (f == NULL || fseek(f, off, SEEK_SET) != 0 || fputc(byte, f) == EOF) {
		return 0;
	}
	return fclose(f) == 0;
}

int main(void)
{
	char path[64];
	fq_queue_t q, r;
	uint64_t cursor, count;
	unsigned char buf[FQ_BOOT_MAX];
	size_t len;

	snprintf(path, sizeof(path), "/tmp/fileq-core-test-%ld.q", (long) getpid());
	unlink(path);
	fq_core_init();

	/* framed: LIFO, FIFO, boot, reopen */
	CHECK(fq_queue_open(&q, path, 64, 0, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "one", 3, &cursor, &err) == FQ_OK && cursor == FQ_HEADER_SIZE);
	CHECK(fq_queue_push(&q, "two", 3, &cursor, &err) == FQ_OK && cursor == FQ_HEADER_SIZE + 64);
	CHECK(fq_queue_push(&q, "three", 5, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "x", 57, &cursor, &err) == FQ_ETOOBIG);
	CHECK(take(&q, 1, "three"));
	CHECK(take(&q, 0, "one"));
	CHECK(fq_queue_boot_write(&q, "state", 5, &err) == FQ_OK);
	fq_queue_close(&q);
	CHECK(fq_queue_open(&r, path, 64, 0, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_count(&r, &count, &err) == FQ_OK && count == 1);
	CHECK(fq_queue_boot_read(&r, buf, sizeof(buf), &len, &err) == FQ_OK && len == 5 && memcmp(buf, "state", 5) == 0);
	CHECK(take(&r, 0, "two"));
	CHECK(take(&r, 0, NULL));
	fq_queue_close(&r);

	/* a damaged newest slot: the other one (the previous state) is used */
	CHECK(fq_queue_open(&q, path, 64, 0, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "a", 1, &cursor, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "b", 1, &cursor, &err) == FQ_OK);
	fq_queue_close(&q);
	{
		FILE *f = fopen(path, "rb");
		unsigned char hdr[288];
		uint64_t ga, gb;
		CHECK(f != NULL && fread(hdr, 1, sizeof(hdr), f) == sizeof(hdr));
		fclose(f);
		memcpy(&ga, hdr + 32, 8);
		memcpy(&gb, hdr + 160, 8);
		CHECK(poke(path, (ga > gb ? 32 : 160) + 16, 0xAA));
	}
	CHECK(fq_queue_open(&q, path, 64, 0, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 1);
	CHECK(take(&q, 1, "a"));
	fq_queue_close(&q);

	/* a frame size other than the file's, a foreign file, a truncated file */
	CHECK(fq_queue_open(&q, path, 128, 0, 0600, -1, &err) == FQ_ESTATE);
	CHECK(poke(path, 0, 'X'));
	CHECK(fq_queue_open(&q, path, 64, 0, 0600, -1, &err) == FQ_ECORRUPT);
	CHECK(truncate(path, 1000) == 0);
	CHECK(fq_queue_open(&q, path, 64, 0, 0600, -1, &err) == FQ_ECORRUPT);
	CHECK(fq_queue_open(&q, path, 8, 0, 0600, -1, &err) == FQ_EARG);
	unlink(path);

	/* RAW: the seed's bytes */
	CHECK(fq_queue_open(&q, path, 8, FQ_QUEUE_RAW, 0600, -1, &err) == FQ_OK);
	CHECK(fq_queue_push(&q, "abc", 3, &cursor, &err) == FQ_OK && cursor == 0);
	CHECK(fq_queue_push(&q, " de ", 4, &cursor, &err) == FQ_OK && cursor == 8);
	CHECK(take(&q, 1, "de"));
	CHECK(fq_queue_count(&q, &count, &err) == FQ_OK && count == 1);
	CHECK(fq_queue_shift(&q, buf, &len, &len, (int *) &count, &err) == FQ_ESTATE);
	fq_queue_close(&q);
	unlink(path);
	puts("test_queue: ok");
	return 0;
}
