/*
 * Unit test of fq_serial_classes(): every class an O:, C: or E: entry names
 * is reported, in order, wherever it sits (nested, as a property, after
 * strings holding look-alike bytes); malformed input is FQ_EARG, never a read
 * past the buffer (run under ASan by .ci/check-core). Built and run by
 * .ci/check-core.
 */
#include "platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "serial.h"

static int failures;

typedef struct {
	char seen[256];
} seen_t;

static int note(int kind, const char *name, size_t len, void *ctx)
{
	seen_t *s = ctx;
	size_t at = strlen(s->seen);

	if (at + len + 3 < sizeof(s->seen)) {
		s->seen[at] = (char) kind;
		s->seen[at + 1] = ':';
		memcpy(s->seen + at + 2, name, len);
		s->seen[at + 2 + len] = ' ';
		s->seen[at + 3 + len] = '\0';
	}
	return 0;
}

static int stop_at_enum(int kind, const char *name, size_t len, void *ctx)
{
	(void) name;
	(void) len;
	(void) ctx;
	return kind == 'E' ? 7 : 0;
}

/* Walks a copy of in (exactly its length, so ASan sees any overread) and checks result and classes seen. */
static void expect(const char *in, int want_rc, const char *want_seen)
{
	size_t len = strlen(in);
	unsigned char *copy = malloc(len ? len : 1);
	seen_t s = { "" };
	int rc;

	memcpy(copy, in, len);
	rc = fq_serial_classes(copy, len, note, &s);
	if (rc != want_rc || strcmp(s.seen, want_seen) != 0) {
		fprintf(stderr, "FAIL %s: rc %d seen '%s', want rc %d seen '%s'\n", in, rc, s.seen, want_rc, want_seen);
		failures++;
	}
	free(copy);
}

int main(void)
{
	size_t i;
	const char *whole = "a:3:{i:0;O:3:\"Foo\":1:{s:1:\"e\";E:5:\"Bar:X\";}s:1:\"c\";C:3:\"Baz\":4:{E:1:}i:1;S:2:\"\\45x\";}";

	expect("N;", FQ_OK, "");
	expect("b:1;", FQ_OK, "");
	expect("i:-42;", FQ_OK, "");
	expect("d:1.0E+25;", FQ_OK, "");
	expect("d:INF;", FQ_OK, "");
	expect("s:6:\"E:1:\";\";", FQ_OK, "");                 /* look-alike bytes inside a string */
	expect("a:0:{}", FQ_OK, "");
	expect("E:11:\"Suit:Hearts\";", FQ_OK, "E:Suit ");
	expect("O:8:\"stdClass\":0:{}", FQ_OK, "O:stdClass ");
	expect(whole, FQ_OK, "O:Foo E:Bar C:Baz ");
	expect("a:1:{i:0;r:1;}", FQ_OK, "");
	expect("a:1:{i:0;R:1;}trailing", FQ_OK, "");             /* bytes after the value are not looked at */

	/* malformed: all refused, none read past the end */
	expect("", FQ_EARG, "");
	expect("x", FQ_EARG, "");
	expect("N", FQ_EARG, "");
	expect("i:5", FQ_EARG, "");
	expect("s:10:\"abc\";", FQ_EARG, "");
	expect("s:99999999999999999999999:\"\";", FQ_EARG, "");
	expect("s:3:\"abc\"", FQ_EARG, "");
	expect("S:2:\"\\4", FQ_EARG, "");
	expect("a:1:{i:0;i:1;", FQ_EARG, "");
	expect("a:x:{}", FQ_EARG, "");
	expect("O:3:\"Foo\":1:{", FQ_EARG, "O:Foo ");
	expect("C:3:\"Baz\":9:{ab}", FQ_EARG, "");
	expect("E:4:\"Suit\";", FQ_EARG, "");                    /* no ':' between class and case */
	expect("E:6:\"Suit:A\"", FQ_EARG, "");

	/* every prefix of a valid value is refused (or is the value), with no overread */
	for (i = 0; i < strlen(whole); i++) {
		char prefix[256];

		memcpy(prefix, whole, i);
		prefix[i] = '\0';
		{
			unsigned char *copy = malloc(i ? i : 1);
			seen_t s = { "" };
			int rc;

			memcpy(copy, prefix, i);
			rc = fq_serial_classes(copy, i, note, &s);
			if (rc != FQ_EARG) {
				fprintf(stderr, "FAIL prefix of %zu bytes: rc %d\n", i, rc);
				failures++;
			}
			free(copy);
		}
	}

	/* a callback's non-zero return stops the walk and is the result */
	{
		const char *v = "a:2:{i:0;O:1:\"A\":0:{}i:1;E:3:\"B:C\";}";
		if (fq_serial_classes((const unsigned char *) v, strlen(v), stop_at_enum, NULL) != 7) {
			fprintf(stderr, "FAIL callback result not returned\n");
			failures++;
		}
	}

	if (failures) {
		fprintf(stderr, "test_serial: %d failures\n", failures);
		return 1;
	}
	printf("test_serial: ok\n");
	return 0;
}
