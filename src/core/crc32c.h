/* CRC32C (Castagnoli), the checksum of frames and header slots. */
#ifndef FQ_CORE_CRC32C_H
#define FQ_CORE_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/* Builds the tables and picks the SSE4.2 path when the CPU has it. Idempotent. */
void fq_crc32c_init(void);

/* crc32c of buf, continuing from crc (start with 0). */
uint32_t fq_crc32c(uint32_t crc, const void *buf, size_t len);

#endif /* FQ_CORE_CRC32C_H */
