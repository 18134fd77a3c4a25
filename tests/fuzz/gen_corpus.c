/*
 * Writes the fuzzer's seed corpus: queue files in various states, made by the
 * core itself, and truncated/corrupted variants of them. Each output is one
 * fuzz input: the selector byte (and, for RAW, the frame size) then the file.
 *
 * Usage: gen_corpus <dir>      (run by .ci/fuzz --regen)
 */
#include "../../src/core/platform.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/core/queue.h"

static const char *out_dir;
static char tmp_path[256];

static void die(const char *what, const fq_error_t *err)
{
	fprintf(stderr, "gen_corpus: %s: %s\n", what, err != NULL ? err->msg : "");
	exit(1);
}

static unsigned char *slurp(size_t *size)
{
	struct stat sb;
	unsigned char *buf;
	int fd = open(tmp_path, O_RDONLY);

	if (fd < 0 || fstat(fd, &sb) != 0) {
		die("read back", NULL);
	}
	buf = malloc((size_t) sb.st_size + 1);
	if (buf == NULL || read(fd, buf, (size_t) sb.st_size) != (ssize_t) sb.st_size) {
		die("read back", NULL);
	}
	close(fd);
	*size = (size_t) sb.st_size;
	return buf;
}

/* name: the corpus file; prefix: the selector bytes; file[0, size) with an optional edit. */
static void emit(const char *name, const unsigned char *prefix, size_t plen,
                 const unsigned char *file, size_t size)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", out_dir, name);
	f = fopen(path, "wb");
	if (f == NULL || fwrite(prefix, 1, plen, f) != plen || (size > 0 && fwrite(file, 1, size, f) != size)) {
		die(path, NULL);
	}
	fclose(f);
}

static void open_fresh(fq_queue_t *q, uint32_t fs, int flags)
{
	fq_error_t err;

	unlink(tmp_path);
	if (fq_queue_open(q, tmp_path, fs, flags, 0600, -1, &err) != FQ_OK) {
		die("open", &err);
	}
}

static void push_n(fq_queue_t *q, int n, const char *tag)
{
	char msg[64];
	uint64_t cursor;
	fq_error_t err;
	int i;

	for (i = 0; i < n; i++) {
		int len = snprintf(msg, sizeof(msg), "%s-%d", tag, i);
		if (len > (int) fq_queue_max_payload(q)) {
			len = (int) fq_queue_max_payload(q);
		}
		if (fq_queue_push(q, msg, (size_t) len, &cursor, &err) != FQ_OK) {
			die("push", &err);
		}
	}
}

static void take_n(fq_queue_t *q, int n, int newest)
{
	unsigned char buf[4096];
	size_t start, len;
	fq_error_t err;
	int found, i;

	for (i = 0; i < n; i++) {
		int rc = newest ? fq_queue_pop(q, buf, &start, &len, &found, &err)
		                : fq_queue_shift(q, buf, &start, &len, &found, &err);
		if (rc != FQ_OK) {
			die("take", &err);
		}
	}
}

/* Emits the framed file with selector sel, plus damaged variants. */
static void emit_framed(const char *name, unsigned char sel, int variants)
{
	char vname[256];
	unsigned char *file, *copy;
	size_t size;

	file = slurp(&size);
	emit(name, &sel, 1, file, size);
	if (variants) {
		copy = malloc(size);
		snprintf(vname, sizeof(vname), "%s-trunc-header", name);
		emit(vname, &sel, 1, file, size < 2000 ? size : 2000);
		snprintf(vname, sizeof(vname), "%s-trunc-frames", name);
		emit(vname, &sel, 1, file, size > 4096 + 100 ? 4096 + 100 : size);
		memcpy(copy, file, size);
		copy[32 + 8] ^= 0x40;                 /* slot A damaged */
		snprintf(vname, sizeof(vname), "%s-slot-a", name);
		emit(vname, &sel, 1, copy, size);
		{
			/* The same edit with the checksums made right again by the harness (bits 6-7). */
			unsigned char fixed = (unsigned char) (sel | 0xc0);
			snprintf(vname, sizeof(vname), "%s-slot-a-fixed", name);
			emit(vname, &fixed, 1, copy, size);
		}
		copy[32 + 128 + 8] ^= 0x40;           /* and slot B */
		snprintf(vname, sizeof(vname), "%s-slots", name);
		emit(vname, &sel, 1, copy, size);
		memcpy(copy, file, size);
		if (size > 4096 + 12) {
			copy[4096 + 9] ^= 0xff;             /* first frame torn */
			snprintf(vname, sizeof(vname), "%s-torn-frame", name);
			emit(vname, &sel, 1, copy, size);
		}
		memcpy(copy, file, size);
		copy[24] ^= 1;                        /* header checksum */
		snprintf(vname, sizeof(vname), "%s-header-crc", name);
		emit(vname, &sel, 1, copy, size);
		memcpy(copy, file, size);
		memset(copy, 0, 8);                   /* magic gone: a creator that died */
		snprintf(vname, sizeof(vname), "%s-no-magic", name);
		emit(vname, &sel, 1, copy, size);
		{
			/* Both slots claiming 2^40 frames, checksums made right by the harness (bit 6). */
			unsigned char fixed = (unsigned char) (sel | 0x40);
			uint64_t huge = (uint64_t) 1 << 40;

			memcpy(copy, file, size);
			memcpy(copy + 32 + 24, &huge, 8);
			memcpy(copy + 32 + 128 + 24, &huge, 8);
			snprintf(vname, sizeof(vname), "%s-hwm-beyond", name);
			emit(vname, &fixed, 1, copy, size);
		}
		if (size >= 308) {
			/* Cut to the header under the live handle (the harness's u32 at 304). */
			uint32_t cut = 0x80000000u | 4096;

			memcpy(copy, file, size);
			memcpy(copy + 304, &cut, 4);
			snprintf(vname, sizeof(vname), "%s-cut-live", name);
			emit(vname, &sel, 1, copy, size);
		}
		free(copy);
	}
	free(file);
}

static void emit_raw(const char *name, unsigned char sel, uint32_t fs)
{
	unsigned char prefix[3] = {(unsigned char) (sel | 1), (unsigned char) ((fs - 1) & 0xff), (unsigned char) ((fs - 1) >> 8)};
	unsigned char *file;
	size_t size;

	file = slurp(&size);
	emit(name, prefix, 3, file, size);
	free(file);
}

int main(int argc, char **argv)
{
	fq_queue_t q;
	fq_error_t err;
	uint64_t cursor;

	if (argc != 2) {
		fprintf(stderr, "usage: gen_corpus <dir>\n");
		return 2;
	}
	out_dir = argv[1];
	snprintf(tmp_path, sizeof(tmp_path), "/tmp/fq-gen-corpus-%ld", (long) getpid());
	fq_core_init();

	open_fresh(&q, 256, 0);
	fq_queue_close(&q);
	emit_framed("framed-empty", 0x00, 1);
	emit_framed("framed-empty-allops", 0xfe, 0);

	open_fresh(&q, 256, 0);
	push_n(&q, 3, "three");
	if (fq_queue_boot_write(&q, "a:1:{s:8:\"handlers\";a:0:{}}", 27, &err) != FQ_OK) {
		die("boot", &err);
	}
	fq_queue_close(&q);
	emit_framed("framed-three-boot", 0x1e, 1);

	open_fresh(&q, 64, 0);
	push_n(&q, 40, "many");
	take_n(&q, 15, 0);
	take_n(&q, 5, 1);
	fq_queue_close(&q);
	emit_framed("framed-64-shifted", 0x16, 1);

	open_fresh(&q, 9, 0);
	push_n(&q, 10, "x");
	fq_queue_close(&q);
	emit_framed("framed-9-min", 0x02, 1);

	open_fresh(&q, 256, 0);
	push_n(&q, 4, "emptied");
	take_n(&q, 4, 0);
	fq_queue_close(&q);
	emit_framed("framed-emptied", 0x08, 0);

	open_fresh(&q, 128, FQ_QUEUE_JOBS);
	push_n(&q, 8, "job");
	{
		/* Held, released, acknowledged, set aside: every envelope state in the window. */
		fq_job_t job;
		size_t len;
		int found, i;
		unsigned char buf[128];

		for (i = 0; i < 5; i++) {
			if (fq_queue_reserve(&q, i == 4 ? 1 : 0, 2, buf, &len, &job, &found, &err) != FQ_OK || !found) {
				die("reserve", &err);
			}
			if ((i == 1 || i == 2) && fq_queue_ack(&q, &job, &err) != FQ_OK) {
				die("ack", &err);
			}
			if (i == 3 && fq_queue_release(&q, &job, &err) != FQ_OK) {
				die("release", &err);
			}
		}
	}
	fq_queue_close(&q);
	emit_framed("jobs-window", 0x1e, 1);
	emit_framed("jobs-window-allops", 0xfe, 0);

	open_fresh(&q, 32, FQ_QUEUE_RAW);
	push_n(&q, 5, "raw");
	fq_queue_close(&q);
	emit_raw("raw-32", 0x1e, 32);

	open_fresh(&q, 128, FQ_QUEUE_RAW);
	if (fq_queue_boot_write(&q, "boot", 4, &err) != FQ_OK) {
		die("raw boot", &err);
	}
	push_n(&q, 3, "after-boot");
	if (fq_queue_push(&q, "  padded  ", 10, &cursor, &err) != FQ_OK) {
		die("raw push", &err);
	}
	fq_queue_close(&q);
	emit_raw("raw-128-boot", 0x0e, 128);

	open_fresh(&q, 256, FQ_QUEUE_RAW);
	{
		/* A boot frame naming classes: the walk the binding does before unserialize() gets real input. */
		static const char boot[] = "a:3:{s:1:\"o\";O:3:\"Foo\":1:{s:1:\"e\";E:5:\"Bar:X\";}"
			"s:1:\"c\";C:3:\"Baz\":4:{E:1:}s:1:\"s\";S:2:\"\\45x\";}";

		if (fq_queue_boot_write(&q, boot, sizeof(boot) - 1, &err) != FQ_OK) {
			die("raw boot", &err);
		}
	}
	fq_queue_close(&q);
	emit_raw("raw-256-boot-classes", 0x00, 256);

	open_fresh(&q, 1, FQ_QUEUE_RAW);
	push_n(&q, 3, "");
	fq_queue_close(&q);
	emit_raw("raw-1", 0x06, 1);

	unlink(tmp_path);
	return 0;
}
