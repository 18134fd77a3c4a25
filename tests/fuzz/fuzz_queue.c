/*
 * libFuzzer harness over src/core only (no PHP): the input becomes a queue
 * file, which is opened and operated on. Nothing it holds may crash the core,
 * leak, or read outside the file; a damaged file must give an FQ_E* status.
 *
 * Input: byte 0 selects the format (bit 0: RAW) and the operations that run
 * (bits 1-7); for RAW, bytes 1-2 give the frame size (1..4096) and the file is
 * the rest; for the framed format the file is everything after byte 0 and the
 * frame size is the one its header names (so open gets past the size check),
 * or 256 when the header is too short or names an out-of-range size.
 * Checksums would stop mutations at the door: with bit 6 of byte 0 set, the
 * harness recomputes the header's and both slots' CRC32C (and with bit 7 the
 * frames' too), so the values behind them get explored (a high-water mark
 * past the file, a head past the tail, a boot frame longer than its area...).
 * A file of 308 bytes or more whose u32 at offset 304 (unused by the framed
 * header) has its top bit set is cut to that value's low 16 bits right after
 * the open, under the live handle, as another process could: the calls that
 * follow must report it, never fault (SIGBUS) on the mapping.
 * A job queue (header version 2) also gets reserve, ack or release, the
 * census, the dead letters and their requeue; with bit 6 its envelopes'
 * checksums are made right too (with bit 7 its frames', id included).
 *
 * Build and run: .ci/fuzz [seconds]
 */
#include "../../src/core/platform.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/core/crc32c.h"
#include "../../src/core/error.h"
#include "../../src/core/queue.h"
#include "../../src/core/serial.h"

#define FUZZ_FRAMED_MAX (1u << 20)   /* larger frame sizes only waste time on huge allocations */

static char fuzz_path[64];
static unsigned char *fuzz_buf;

static void fuzz_cleanup(void)
{
	unlink(fuzz_path);
}

static int fuzz_setup(void)
{
	const char *dir = getenv("FUZZ_DIR");

	snprintf(fuzz_path, sizeof(fuzz_path), "%.40s/fq-fuzz-%ld", dir != NULL ? dir : "/dev/shm", (long) getpid());
	fuzz_buf = malloc(FUZZ_FRAMED_MAX + 4096);
	atexit(fuzz_cleanup);
	fq_core_init();
	return 0;
}

static uint32_t fuzz_get32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static int fuzz_write_file(const uint8_t *data, size_t size)
{
	size_t done = 0;
	int fd = open(fuzz_path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0) {
		return -1;
	}
	while (done < size) {
		ssize_t w = write(fd, data + done, size - done);
		if (w <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t) w;
	}
	close(fd);
	return 0;
}

static void fuzz_put32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

/* Makes the header's, the slots' and (frames) the frames' checksums right again. */
static void fuzz_fix_checksums(uint8_t *file, size_t size, uint32_t frame_size, int frames)
{
	size_t off, slot;
	int jobs = size >= 12 && fuzz_get32(file + 8) == 2;

	if (size >= 28) {
		fuzz_put32(file + 24, fq_crc32c(0, file, 24));
	}
	for (slot = 32; slot + 128 <= size && slot < 32 + 256; slot += 128) {
		fuzz_put32(file + slot + 124, fq_crc32c(0, file + slot, 124));
	}
	if (!frames) {
		return;
	}
	for (off = FQ_HEADER_SIZE; off + frame_size <= size; off += frame_size) {
		uint32_t len;
		memcpy(&len, file + off, 4);
		if (jobs && frame_size > FQ_JOB_OVERHEAD) {
			/* The envelope's own checksum (bytes 16..40), then the frame's over length, id and payload. */
			fuzz_put32(file + off + 40, fq_crc32c(0, file + off + 16, 24));
			if (len <= frame_size - FQ_JOB_OVERHEAD) {
				fuzz_put32(file + off + 4,
					fq_crc32c(fq_crc32c(fq_crc32c(0, file + off, 4), file + off + 8, 8), file + off + 48, len));
			}
		} else if (!jobs && len <= frame_size - FQ_FRAME_OVERHEAD) {
			fuzz_put32(file + off + 4, fq_crc32c(fq_crc32c(0, file + off, 4), file + off + 8, len));
		}
	}
}

static int fuzz_dead_letter(void *ctx, const fq_job_t *job, const unsigned char *data, size_t len)
{
	(void) data;
	if (job->id == 0 && len > (size_t) -1 / 2) {
		abort();
	}
	return ++*(int *) ctx > 64;  /* a visitor may stop the walk */
}

static int fuzz_count_class(int kind, const char *name, size_t len, void *ctx)
{
	if ((kind != 'O' && kind != 'C' && kind != 'E') || (len > 0 && name == NULL)) {
		abort();
	}
	(*(int *) ctx)++;
	return 0;
}

/* Every status must come with a message; a damaged file is never FQ_OK-with-garbage. */
static void fuzz_check(int rc, const fq_error_t *err)
{
	if (rc != FQ_OK && (rc < FQ_ENOENT || err->msg[0] == '\0')) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	fq_queue_t q;
	fq_error_t err;
	fq_state_t st;
	uint64_t count, fsize, cursor;
	size_t start, len, i;
	uint32_t frame_size = 256;
	static uint8_t *copy;
	static size_t copy_cap;
	int flags = 0, found, rc;
	unsigned ops;

	if (!ready) {
		ready = 1;
		fuzz_setup();
	}
	if (size < 1 || fuzz_buf == NULL) {
		return 0;
	}
	ops = data[0] >> 1;
	if (data[0] & 1) {
		if (size < 3) {
			return 0;
		}
		flags = FQ_QUEUE_RAW;
		frame_size = 1 + ((uint32_t) data[1] | (uint32_t) data[2] << 8) % 4096;
		data += 3;
		size -= 3;
	} else {
		data += 1;
		size -= 1;
		if (size >= 20) {
			uint32_t fs = fuzz_get32(data + 16);
			if (fs > FQ_FRAME_OVERHEAD && fs <= FUZZ_FRAMED_MAX) {
				frame_size = fs;
			}
		}
		if ((ops & 32) && size > 0) {
			if (size > copy_cap) {
				uint8_t *grown = realloc(copy, size);
				if (grown == NULL) {
					return 0;
				}
				copy = grown;
				copy_cap = size;
			}
			memcpy(copy, data, size);
			fuzz_fix_checksums(copy, size, frame_size, (ops & 64) != 0);
			data = copy;
		}
	}
	if (fuzz_write_file(data, size) != 0) {
		return 0;
	}

	fq_error_clear(&err);
	rc = fq_queue_open(&q, fuzz_path, frame_size, flags, 0600, -1, &err);
	fuzz_check(rc, &err);
	if (rc != FQ_OK) {
		return 0;
	}
	if (size >= 308 && (fuzz_get32(data + 304) & 0x80000000u)) {
		if (truncate(fuzz_path, (off_t) (fuzz_get32(data + 304) & 0xffff)) != 0) {
			abort();
		}
	}

	fuzz_check(fq_queue_count(&q, &count, &err), &err);
	fuzz_check(fq_queue_stat(&q, &st, &fsize, &err), &err);
	rc = fq_queue_boot_read(&q, fuzz_buf, FUZZ_FRAMED_MAX + 4096, &len, &err);
	fuzz_check(rc, &err);
	if (rc == FQ_OK) {
		/* The boot frame is another process's bytes: the class walk the binding does before unserialize(). */
		int classes = 0;

		rc = fq_serial_classes(fuzz_buf, len, fuzz_count_class, &classes);
		if (rc != FQ_OK && rc != FQ_EARG) {
			abort();
		}
	}

	/* Reads at cursors: the first frames, a cursor from the input, the last frame. */
	for (i = 0; i < 4; i++) {
		cursor = (flags & FQ_QUEUE_RAW ? 0 : FQ_HEADER_SIZE) + (uint64_t) i * frame_size;
		fuzz_check(fq_queue_read(&q, cursor, fuzz_buf, &start, &len, &err), &err);
	}
	if (size >= 40) {
		cursor = fuzz_get32(data + 36);
		rc = fq_queue_read(&q, cursor, fuzz_buf, &start, &len, &err);
		fuzz_check(rc, &err);
		if (rc == FQ_OK && (ops & 1)) {
			fuzz_check(fq_queue_write(&q, cursor, "w", 1, &err), &err);
		}
	}

	fuzz_check(fq_queue_shift(&q, fuzz_buf, &start, &len, &found, &err), &err);
	fuzz_check(fq_queue_pop(&q, fuzz_buf, &start, &len, &found, &err), &err);
	if (ops & 2) {
		fuzz_check(fq_queue_push(&q, "fuzz", 4, &cursor, &err), &err);
		fuzz_check(fq_queue_shift(&q, fuzz_buf, &start, &len, &found, &err), &err);
	}
	if (ops & 4) {
		fuzz_check(fq_queue_boot_write(&q, "boot", 4, &err), &err);
		fuzz_check(fq_queue_boot_read(&q, fuzz_buf, FUZZ_FRAMED_MAX + 4096, &len, &err), &err);
	}
	if ((ops & 12) == 12 && !(flags & FQ_QUEUE_RAW)) {
		/* Past the header: a region after the frames, which a push may move; read back whole. */
		static unsigned char big[3000];

		memset(big, 'r', sizeof(big));
		rc = fq_queue_boot_write(&q, big, sizeof(big), &err);
		fuzz_check(rc, &err);
		fuzz_check(fq_queue_push(&q, "after region", 12, &cursor, &err), &err);
		if (rc == FQ_OK && fq_queue_boot_read(&q, fuzz_buf, FUZZ_FRAMED_MAX + 4096, &len, &err) == FQ_OK
				&& (len != sizeof(big) || memcmp(fuzz_buf, big, len) != 0)) {
			abort();
		}
	}
	if ((ops & 10) == 10 && !(flags & FQ_QUEUE_RAW)) {
		/* Delayed frames: one due at once (promoted by the shift), one far off (counted, never returned). */
		uint64_t delayed;
		int64_t next;

		fuzz_check(fq_queue_push_delayed(&q, "soon", 4, 1, &err), &err);
		fuzz_check(fq_queue_push_delayed(&q, "far", 3, (int64_t) 1 << 50, &err), &err);
		fuzz_check(fq_queue_shift(&q, fuzz_buf, &start, &len, &found, &err), &err);
		fuzz_check(fq_queue_delayed(&q, &delayed, &next, &err), &err);
	}
	if (ops & 8) {
		/* Drain what is left (bounded): every frame is either whole or dropped. */
		for (i = 0; i < 64; i++) {
			rc = fq_queue_pop(&q, fuzz_buf, &start, &len, &found, &err);
			fuzz_check(rc, &err);
			if (rc != FQ_OK || !found) {
				break;
			}
		}
	}
	if (ops & 16) {
		fuzz_check(fq_queue_clear(&q, &err), &err);
		fuzz_check(fq_queue_push(&q, "after clear", 11, &cursor, &err), &err);
	}
	if (q.jobs) {
		fq_jobs_census_t census;
		fq_job_t job;
		int visits = 0;

		rc = fq_queue_reserve(&q, (ops & 1) ? 1000000 : 0, (ops & 2) ? 2 : 0, fuzz_buf, &len, &job, &found, &err);
		fuzz_check(rc, &err);
		if (rc == FQ_OK && found) {
			fuzz_check((ops & 4) ? fq_queue_release(&q, &job, &err) : fq_queue_ack(&q, &job, &err), &err);
			/* Settled once: a second time is refused, never a corruption. */
			if (fq_queue_ack(&q, &job, &err) == FQ_OK) {
				abort();
			}
		}
		fuzz_check(fq_queue_jobs_census(&q, &census, &err), &err);
		fuzz_check(fq_queue_dead_letters(&q, fuzz_dead_letter, &visits, fuzz_buf, &err), &err);
		if (ops & 16) {
			fuzz_check(fq_queue_requeue_dead(&q, fuzz_buf, &count, &err), &err);
		}
	}
	fuzz_check(fq_queue_count(&q, &count, &err), &err);
	fq_queue_close(&q);
	return 0;
}
