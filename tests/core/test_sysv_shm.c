/*
 * Unit test of fq_shm_get(): a value of any size (none, a few bytes, most of
 * the segment) is read in one call through the caller's allocator, which is
 * called once with the value's length; a missing key never calls it; an
 * allocator that fails gives FQ_EIO with ENOMEM. Built and run by
 * .ci/check-core, on a private segment removed at the end.
 */
#include "platform.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ipcs.h"
#include "sysv_shm.h"

static int failures;

#define CHECK(cond, ...) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "FAIL line %d: ", __LINE__); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
			failures++; \
		} \
	} while (0)

typedef struct alloc_ctx {
	int calls;
	size_t asked;
	char *buf;
	int fail;
} alloc_ctx_t;

static void *test_alloc(size_t len, void *ctx)
{
	alloc_ctx_t *a = ctx;

	a->calls++;
	a->asked = len;
	if (a->fail) {
		return NULL;
	}
	a->buf = malloc(len > 0 ? len : 1);
	return a->buf;
}

/* Stores len bytes of pattern c under vkey, reads them back and compares. */
static void roundtrip(fq_shm_t *s, long vkey, size_t len, char c)
{
	fq_error_t err;
	alloc_ctx_t a = {0, 0, NULL, 0};
	char *data = malloc(len > 0 ? len : 1);
	size_t got = (size_t) -1;
	int rc;

	memset(data, c, len);
	fq_error_clear(&err);
	rc = fq_shm_put(s, vkey, data, len, &err);
	CHECK(rc == FQ_OK, "put of %zu bytes: %d %s", len, rc, err.msg);
	rc = fq_shm_get(s, vkey, test_alloc, &a, &got, &err);
	CHECK(rc == FQ_OK, "get of %zu bytes: %d %s", len, rc, err.msg);
	CHECK(a.calls == 1 && a.asked == len, "get of %zu bytes: alloc called %d times, asked %zu", len, a.calls, a.asked);
	CHECK(got == len, "get of %zu bytes: length %zu", len, got);
	CHECK(a.buf != NULL && (len == 0 || memcmp(a.buf, data, len) == 0), "get of %zu bytes: other bytes", len);
	free(a.buf);
	free(data);
}

int main(void)
{
	fq_shm_t s;
	fq_error_t err;
	alloc_ctx_t a = {0, 0, NULL, 0};
	size_t got = 0;
	int rc;

	fq_error_clear(&err);
	rc = fq_shm_attach(&s, FQ_IPC_PRIVATE, 65536, 0600, &err);
	if (rc != FQ_OK) {
		fprintf(stderr, "SKIP: no SysV shared memory here: %s\n", err.msg);
		return 0;
	}

	roundtrip(&s, 1, 0, 'a');
	roundtrip(&s, 2, 5, 'b');
	roundtrip(&s, 3, 4096, 'c');
	roundtrip(&s, 4, 40000, 'd');
	roundtrip(&s, 2, 7, 'e');  /* replaced: the new length */

	rc = fq_shm_get(&s, 99, test_alloc, &a, &got, &err);
	CHECK(rc == FQ_ENOENT && a.calls == 0, "missing key: %d, alloc called %d times", rc, a.calls);

	a.fail = 1;
	rc = fq_shm_get(&s, 3, test_alloc, &a, &got, &err);
	CHECK(rc == FQ_EIO && err.sys_errno == ENOMEM && a.calls == 1, "failing alloc: %d, errno %d, %d calls: %s",
		rc, err.sys_errno, a.calls, err.msg);

	fq_shm_destroy(&s, &err);
	fq_shm_detach(&s);
	rc = fq_shm_get(&s, 1, test_alloc, &a, &got, &err);
	CHECK(rc == FQ_ESTATE, "detached: %d", rc);

	if (failures > 0) {
		fprintf(stderr, "%d failure(s)\n", failures);
		return 1;
	}
	return 0;
}
