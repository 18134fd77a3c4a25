/*
 * The unit tests' assertion: a failed CHECK prints where and what, and the
 * function it is in (main, or a helper returning int) returns 1.
 */
#ifndef FQ_TESTS_CHECK_H
#define FQ_TESTS_CHECK_H

#include <stdio.h>

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
		return 1; \
	} \
} while (0)

#endif /* FQ_TESTS_CHECK_H */
