/*
 * Unit test of fq_signal_sleep() (src/core/signals.c): a sleep that ran its
 * whole time returns 0, whatever errno held before it (nanosleep() leaves
 * errno alone when it succeeds; an EINTR from an earlier call must not read
 * as an interruption); a signal that is to end sleeps returns EINTR with the
 * time left. Built and run by .ci/check-core; returns non-zero on failure.
 */
#include "platform.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#include "signals.h"

#include "check.h"

int main(void)
{
	struct itimerval it;
	fq_error_t err;
	int64_t left = -1;

	/* The whole 1 ms slept, with a stale EINTR in errno. */
	errno = EINTR;
	CHECK(fq_signal_sleep(1000000, &left) == 0);
	CHECK(left == 0);

	/* SIGALRM caught without FQ_SIG_RESTART_SLEEP ends a 5 s sleep after 50 ms. */
	memset(&err, 0, sizeof(err));
	CHECK(fq_signal_set(SIGALRM, FQ_SIG_CATCH, 0, &err) == FQ_OK);
	memset(&it, 0, sizeof(it));
	it.it_value.tv_usec = 50000;
	CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
	CHECK(fq_signal_sleep(5000000000LL, &left) == EINTR);
	CHECK(left > 0 && left < 5000000000LL);
	CHECK(fq_signal_pending());
	CHECK(fq_signal_restore(SIGALRM, &err) == FQ_OK);
	return 0;
}
