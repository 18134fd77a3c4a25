#include "platform.h"
#include "serial.h"

#include <string.h>

#include "error.h"

typedef struct {
	const unsigned char *p;
	const unsigned char *end;
} fq_serial_cur_t;

static int fq_serial_expect(fq_serial_cur_t *c, unsigned char ch)
{
	if (c->p >= c->end || *c->p != ch) {
		return 0;
	}
	c->p++;
	return 1;
}

/* digits, as the format's lengths and counts are written */
static int fq_serial_count(fq_serial_cur_t *c, size_t *n)
{
	size_t v = 0;
	const unsigned char *start = c->p;

	while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
		if (v > ((size_t) -1 - 9) / 10) {
			return 0;
		}
		v = v * 10 + (size_t) (*c->p - '0');
		c->p++;
	}
	*n = v;
	return c->p > start;
}

static int fq_serial_skip(fq_serial_cur_t *c, size_t n)
{
	if ((size_t) (c->end - c->p) < n) {
		return 0;
	}
	c->p += n;
	return 1;
}

/* N:"...": the n bytes between the quotes; *at is where they start */
static int fq_serial_quoted(fq_serial_cur_t *c, const unsigned char **at, size_t *n)
{
	if (!fq_serial_expect(c, ':') || !fq_serial_count(c, n) || !fq_serial_expect(c, ':')
		|| !fq_serial_expect(c, '"')) {
		return 0;
	}
	*at = c->p;
	return fq_serial_skip(c, *n) && fq_serial_expect(c, '"');
}

/* S:N:"...": N characters, each a byte or a backslash and two hex digits */
static int fq_serial_escaped(fq_serial_cur_t *c)
{
	size_t n, i;

	if (!fq_serial_expect(c, ':') || !fq_serial_count(c, &n) || !fq_serial_expect(c, ':')
		|| !fq_serial_expect(c, '"')) {
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (c->p >= c->end) {
			return 0;
		}
		if (*c->p++ == '\\' && !fq_serial_skip(c, 2)) {
			return 0;
		}
	}
	return fq_serial_expect(c, '"') && fq_serial_expect(c, ';');
}

/* b:, i:, d:, r:, R: a number up to the ';' (its syntax is unserialize()'s business) */
static int fq_serial_scalar(fq_serial_cur_t *c)
{
	const unsigned char *semi;

	if (!fq_serial_expect(c, ':')) {
		return 0;
	}
	semi = memchr(c->p, ';', (size_t) (c->end - c->p));
	if (semi == NULL) {
		return 0;
	}
	c->p = semi + 1;
	return 1;
}

int fq_serial_classes(const unsigned char *buf, size_t len, fq_serial_class_fn fn, void *ctx)
{
	fq_serial_cur_t c = { buf, buf + len };
	size_t depth = 0, n, m;
	const unsigned char *at, *colon;
	int rc;

	do {
		if (c.p >= c.end) {
			return FQ_EARG;
		}
		if (depth > 0 && *c.p == '}') {
			c.p++;
			depth--;
			continue;
		}
		switch (*c.p++) {
		case 'N':
			if (!fq_serial_expect(&c, ';')) {
				return FQ_EARG;
			}
			break;
		case 'b': case 'i': case 'd': case 'r': case 'R':
			if (!fq_serial_scalar(&c)) {
				return FQ_EARG;
			}
			break;
		case 's':
			if (!fq_serial_quoted(&c, &at, &n) || !fq_serial_expect(&c, ';')) {
				return FQ_EARG;
			}
			break;
		case 'S':
			if (!fq_serial_escaped(&c)) {
				return FQ_EARG;
			}
			break;
		case 'a':  /* a:N:{ ... } */
			if (!fq_serial_expect(&c, ':') || !fq_serial_count(&c, &n) || !fq_serial_expect(&c, ':')
				|| !fq_serial_expect(&c, '{')) {
				return FQ_EARG;
			}
			depth++;
			break;
		case 'O':  /* O:N:"Class":M:{ ... } */
			if (!fq_serial_quoted(&c, &at, &n) || !fq_serial_expect(&c, ':') || !fq_serial_count(&c, &m)
				|| !fq_serial_expect(&c, ':') || !fq_serial_expect(&c, '{')) {
				return FQ_EARG;
			}
			rc = fn('O', (const char *) at, n, ctx);
			if (rc != 0) {
				return rc;
			}
			depth++;
			break;
		case 'C':  /* C:N:"Class":M:{M bytes the class reads itself} */
			if (!fq_serial_quoted(&c, &at, &n) || !fq_serial_expect(&c, ':') || !fq_serial_count(&c, &m)
				|| !fq_serial_expect(&c, ':') || !fq_serial_expect(&c, '{') || !fq_serial_skip(&c, m)
				|| !fq_serial_expect(&c, '}')) {
				return FQ_EARG;
			}
			rc = fn('C', (const char *) at, n, ctx);
			if (rc != 0) {
				return rc;
			}
			break;
		case 'E':  /* E:N:"Class:Case"; */
			if (!fq_serial_quoted(&c, &at, &n) || !fq_serial_expect(&c, ';')) {
				return FQ_EARG;
			}
			colon = memchr(at, ':', n);
			if (colon == NULL) {
				return FQ_EARG;
			}
			rc = fn('E', (const char *) at, (size_t) (colon - at), ctx);
			if (rc != 0) {
				return rc;
			}
			break;
		default:
			return FQ_EARG;
		}
	} while (depth > 0);
	return FQ_OK;
}
