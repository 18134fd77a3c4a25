#include "platform.h"
#include "clock.h"

#ifdef _WIN32
# include <windows.h>
#else
# include <time.h>
#endif

#include "error.h"

#ifdef _WIN32
/* Windows: the performance counter, which is monotonic and never stops (QueryPerformanceCounter cannot fail since XP). */
int64_t fq_now_ns(void)
{
	static LARGE_INTEGER freq;
	LARGE_INTEGER now;

	if (freq.QuadPart == 0) {
		QueryPerformanceFrequency(&freq);
	}
	QueryPerformanceCounter(&now);
	/* seconds and the rest apart: ticks * 1e9 would overflow after a few weeks of uptime at 10 MHz */
	return (int64_t) (now.QuadPart / freq.QuadPart) * 1000000000
		+ (int64_t) (now.QuadPart % freq.QuadPart) * 1000000000 / freq.QuadPart;
}

/* FILETIME: 100 ns ticks since 1601. */
int64_t fq_wall_ns(void)
{
	FILETIME ft;
	ULARGE_INTEGER t;

	GetSystemTimeAsFileTime(&ft);
	t.LowPart = ft.dwLowDateTime;
	t.HighPart = ft.dwHighDateTime;
	return (int64_t) (t.QuadPart - 116444736000000000ULL) * 100;
}
#else
int64_t fq_wall_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t fq_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}
#endif

int fq_deadline(double seconds, int64_t *deadline_ns)
{
	if (seconds != seconds || (seconds < 0 && seconds != -1)) {
		return FQ_EARG;  /* NaN, or a negative that is not "for ever" */
	}
	/* Past ~292 years the nanoseconds overflow: as good as for ever. */
	*deadline_ns = seconds >= 0 && seconds < 9.2e9 ? fq_now_ns() + (int64_t) (seconds * 1e9) : -1;
	return FQ_OK;
}
