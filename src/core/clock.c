#include "platform.h"
#include "clock.h"

#include <time.h>

#include "error.h"

int64_t fq_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int fq_deadline(double seconds, int64_t *deadline_ns)
{
	if (seconds != seconds || (seconds < 0 && seconds != -1)) {
		return FQ_EARG;  /* NaN, or a negative that is not "for ever" */
	}
	/* Past ~292 years the nanoseconds overflow: as good as for ever. */
	*deadline_ns = seconds >= 0 && seconds < 9.2e9 ? fq_now_ns() + (int64_t) (seconds * 1e9) : -1;
	return FQ_OK;
}
