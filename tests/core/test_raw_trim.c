/*
 * Unit test of fq_raw_trim(): it must strip exactly what PHP's trim() strips
 * by default, " \t\n\r\0\x0B", from both ends and nothing else (not \f, not
 * 0xA0, not other control bytes), because the seed format's frames are
 * NUL-padded and read back through trim(). Built and run by .ci/check-core.
 */
#include "platform.h"

#include <stdio.h>
#include <string.h>

#include "raw.h"

static int failures;

static int php_trims(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == 0x0B;
}

/* Trims buf[0, len) and checks the result is buf[want_start, want_start + want_len). */
static void expect(const char *what, const unsigned char *buf, size_t len, size_t want_start, size_t want_len)
{
	size_t start = (size_t) -1;
	size_t got = fq_raw_trim(buf, len, &start);

	if (got != want_len || (want_len > 0 && start != want_start)) {
		fprintf(stderr, "FAIL %s: got start %zu len %zu, want start %zu len %zu\n",
		        what, start, got, want_start, want_len);
		failures++;
	}
	if (got > 0 && start + got > len) {
		fprintf(stderr, "FAIL %s: result [%zu, %zu) outside the buffer of %zu\n", what, start, start + got, len);
		failures++;
	}
}

int main(void)
{
	char what[64];
	unsigned char buf[8];

	/* Each byte value at both ends of "x": stripped iff PHP's trim() strips it. */
	for (int c = 0; c < 256; c++) {
		buf[0] = (unsigned char) c;
		buf[1] = (unsigned char) c;
		buf[2] = 'x';
		buf[3] = (unsigned char) c;
		snprintf(what, sizeof what, "byte 0x%02X around \"x\"", c);
		if (php_trims((unsigned char) c)) {
			expect(what, buf, 4, 2, 1);
		} else {
			expect(what, buf, 4, 0, 4);
		}
	}

	/* A blank-only buffer trims to nothing; so does an empty one. */
	static const unsigned char blank[] = {' ', '\t', '\n', '\r', '\0', 0x0B, '\0', '\0'};
	expect("all six trim characters", blank, sizeof blank, 0, 0);
	expect("empty buffer", blank, 0, 0, 0);

	/* Interior whitespace and NULs stay; only the ends go. */
	static const unsigned char mid[] = {'\0', ' ', 'a', ' ', '\0', '\n', 'b', '\r', '\0', '\0'};
	expect("interior kept", mid, sizeof mid, 2, 5);

	/* A NUL-padded frame, as the seed writes it. */
	unsigned char frame[256];
	memset(frame, 0, sizeof frame);
	memcpy(frame, "hello world", 11);
	expect("NUL-padded frame", frame, sizeof frame, 0, 11);

	/* Near misses PHP's default list leaves alone: \f, 0x85, 0xA0, 0x1F. */
	static const unsigned char near[] = {0x0C, 'y', 0x85, 0xA0, 0x1F};
	expect("\\f 0x85 0xA0 0x1F kept", near, sizeof near, 0, 5);

	if (failures) {
		fprintf(stderr, "test_raw_trim: %d failure(s)\n", failures);
		return 1;
	}
	return 0;
}
