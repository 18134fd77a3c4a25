/*
 * CRC32C with the reflected polynomial 0x82F63B78. x86-64 with SSE4.2: the
 * crc32 instruction, chosen at run time so one binary serves every CPU.
 * Otherwise slicing by eight over tables built at init, and only then: the
 * 8 KiB of tables are pages every PHP process would fault in at start-up.
 */
#include "platform.h"
#include "crc32c.h"

#include <string.h>

#define FQ_CRC32C_POLY 0x82F63B78u

static uint32_t fq_crc_table[8][256];
static int fq_crc_ready;

#if defined(__x86_64__) && defined(__GNUC__)
# define FQ_CRC_HW 1
# include <cpuid.h>
static int fq_crc_hw;

/*
 * CPUID leaf 1, ECX bit 20. Asked directly rather than through
 * __builtin_cpu_supports(), which links libgcc's CPU-model constructor into
 * the module: a dozen CPUID instructions (each a VM exit under a hypervisor)
 * and a written page at every load. test_crc32c_sw.c defines the probe as 0.
 */
# ifndef FQ_CRC_PROBE
static int fq_crc_probe(void)
{
	unsigned int a, b, c, d;

	return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSE4_2) != 0;
}
#  define FQ_CRC_PROBE fq_crc_probe
# endif

__attribute__((target("sse4.2")))
static uint32_t fq_crc32c_hw(uint32_t crc, const unsigned char *p, size_t len)
{
	uint64_t c = crc;

	while (len > 0 && ((uintptr_t) p & 7) != 0) {
		c = __builtin_ia32_crc32qi((uint32_t) c, *p++);
		len--;
	}
	while (len >= 8) {
		uint64_t word;
		memcpy(&word, p, 8);
		c = __builtin_ia32_crc32di(c, word);
		p += 8;
		len -= 8;
	}
	while (len > 0) {
		c = __builtin_ia32_crc32qi((uint32_t) c, *p++);
		len--;
	}
	return (uint32_t) c;
}
#endif

static void fq_crc32c_tables(void)
{
	uint32_t n, k, c;

	for (n = 0; n < 256; n++) {
		c = n;
		for (k = 0; k < 8; k++) {
			c = (c & 1) ? (c >> 1) ^ FQ_CRC32C_POLY : c >> 1;
		}
		fq_crc_table[0][n] = c;
	}
	for (n = 0; n < 256; n++) {
		c = fq_crc_table[0][n];
		for (k = 1; k < 8; k++) {
			c = fq_crc_table[0][c & 0xff] ^ (c >> 8);
			fq_crc_table[k][n] = c;
		}
	}
}

void fq_crc32c_init(void)
{
	if (fq_crc_ready) {
		return;
	}
#ifdef FQ_CRC_HW
	fq_crc_hw = FQ_CRC_PROBE();
	if (!fq_crc_hw) {
		fq_crc32c_tables();
	}
#else
	fq_crc32c_tables();
#endif
	fq_crc_ready = 1;
}

static uint32_t fq_crc32c_sw(uint32_t crc, const unsigned char *p, size_t len)
{
	while (len > 0 && ((uintptr_t) p & 7) != 0) {
		crc = fq_crc_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
		len--;
	}
	while (len >= 8) {
		/* Bytes are combined one at a time, so the result does not depend on endianness. */
		uint32_t lo = crc ^ ((uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24);
		uint32_t hi = (uint32_t) p[4] | (uint32_t) p[5] << 8 | (uint32_t) p[6] << 16 | (uint32_t) p[7] << 24;
		crc = fq_crc_table[7][lo & 0xff] ^ fq_crc_table[6][(lo >> 8) & 0xff]
			^ fq_crc_table[5][(lo >> 16) & 0xff] ^ fq_crc_table[4][lo >> 24]
			^ fq_crc_table[3][hi & 0xff] ^ fq_crc_table[2][(hi >> 8) & 0xff]
			^ fq_crc_table[1][(hi >> 16) & 0xff] ^ fq_crc_table[0][hi >> 24];
		p += 8;
		len -= 8;
	}
	while (len > 0) {
		crc = fq_crc_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
		len--;
	}
	return crc;
}

uint32_t fq_crc32c(uint32_t crc, const void *buf, size_t len)
{
	const unsigned char *p = buf;

	if (!fq_crc_ready) {
		fq_crc32c_init();
	}
	crc = ~crc;
#ifdef FQ_CRC_HW
	if (fq_crc_hw) {
		return ~fq_crc32c_hw(crc, p, len);
	}
#endif
	return ~fq_crc32c_sw(crc, p, len);
}
