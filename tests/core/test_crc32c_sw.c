/*
 * The checks of test_crc32c.c on the software (slicing-by-8) path. On a CPU
 * with SSE4.2 the core only ever takes the crc32 instruction, so the table
 * code would go untested: compile crc32c.c into this program with the CPU
 * probe answering "no". check-core links the core from an archive, so this
 * program's copy of fq_crc32c() is the one used.
 */
#define FQ_CRC_PROBE() 0
#include "crc32c.c"
#include "test_crc32c.c"
