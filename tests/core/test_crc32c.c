/*
 * Unit test of the core's CRC32C: the standard check value, and that feeding
 * the data in pieces (any split, any alignment) gives the one-shot result, as
 * the frame writer relies on when it checksums header and payload separately.
 * Built and run by .ci/check-core; exits non-zero on failure.
 */
#include "platform.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "crc32c.h"

static int failures;

static void check_u32(const char *what, uint32_t got, uint32_t want)
{
	if (got != want) {
		fprintf(stderr, "FAIL %s: got 0x%08X, want 0x%08X\n", what, (unsigned) got, (unsigned) want);
		failures++;
	}
}

/* Bit-by-bit reference (reflected polynomial 0x82F63B78), independent of the tables. */
static uint32_t ref_crc32c(uint32_t crc, const unsigned char *p, size_t len)
{
	crc = ~crc;
	while (len--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++) {
			crc = (crc >> 1) ^ (0x82F63B78u & (0u - (crc & 1u)));
		}
	}
	return ~crc;
}

int main(void)
{
	static const char check[] = "123456789";
	unsigned char buf[1031 + 8];
	char what[96];

	fq_crc32c_init();
	fq_crc32c_init();  /* idempotent */

	check_u32("crc32c(\"123456789\")", fq_crc32c(0, check, 9), 0xE3069283u);
	check_u32("crc32c of nothing", fq_crc32c(0, "", 0), 0);
	check_u32("reference crc32c(\"123456789\")", ref_crc32c(0, (const unsigned char *) check, 9), 0xE3069283u);

	/* 32 zero bytes, a published vector (RFC 3720 B.4). */
	memset(buf, 0, 32);
	check_u32("crc32c(32 x 0x00)", fq_crc32c(0, buf, 32), 0x8A9136AAu);
	memset(buf, 0xFF, 32);
	check_u32("crc32c(32 x 0xFF)", fq_crc32c(0, buf, 32), 0x62A8AB43u);

	/* A pseudo-random buffer; odd length so word loops have a tail. */
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < sizeof buf; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		buf[i] = (unsigned char) x;
	}

	/* Every start alignment 0..7 and every length up to 1031 against the reference. */
	for (size_t off = 0; off < 8; off++) {
		for (size_t len = 0; len <= 1031; len++) {
			uint32_t want = ref_crc32c(0, buf + off, len);
			uint32_t got = fq_crc32c(0, buf + off, len);
			if (got != want) {
				snprintf(what, sizeof what, "crc32c(offset %zu, length %zu)", off, len);
				check_u32(what, got, want);
				break;
			}
		}
	}

	/* Chunked equals one-shot: every two-piece split, then assorted chunk sizes. */
	uint32_t whole = fq_crc32c(0, buf, 1031);
	for (size_t cut = 0; cut <= 1031; cut++) {
		uint32_t c = fq_crc32c(fq_crc32c(0, buf, cut), buf + cut, 1031 - cut);
		if (c != whole) {
			snprintf(what, sizeof what, "split at %zu", cut);
			check_u32(what, c, whole);
			break;
		}
	}
	static const size_t chunks[] = {1, 3, 7, 8, 9, 16, 63, 64, 100};
	for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
		uint32_t c = 0;
		for (size_t at = 0; at < 1031; at += chunks[k]) {
			size_t n = 1031 - at < chunks[k] ? 1031 - at : chunks[k];
			c = fq_crc32c(c, buf + at, n);
		}
		snprintf(what, sizeof what, "chunks of %zu", chunks[k]);
		check_u32(what, c, whole);
	}
	uint32_t c9 = 0;
	for (size_t i = 0; i < 9; i++) {
		c9 = fq_crc32c(c9, check + i, 1);
	}
	check_u32("\"123456789\" a byte at a time", c9, 0xE3069283u);

	if (failures) {
		fprintf(stderr, "test_crc32c: %d failure(s)\n", failures);
		return 1;
	}
	return 0;
}
