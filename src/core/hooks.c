#include "platform.h"
#include "hooks.h"

#ifdef FQ_DEBUG_HOOKS
# include <stdlib.h>
# include <string.h>
# ifdef _WIN32
#  include <windows.h>
# else
#  include <signal.h>
#  include <unistd.h>
# endif

void fq_hook_point(const char *name)
{
	static long passed;
	const char *at = getenv("FILEQ_CRASH_AT");
	const char *after = getenv("FILEQ_CRASH_AFTER");

	if (at == NULL || strcmp(at, name) != 0) {
		return;
	}
	if (++passed >= (after != NULL ? atol(after) : 1)) {
#ifdef _WIN32
		TerminateProcess(GetCurrentProcess(), 137);  /* as abrupt: no handler, no flush */
#else
		kill(getpid(), SIGKILL);
#endif
	}
}
#else
/* Keeps the translation unit non-empty (ISO C) in normal builds. */
typedef int fq_hooks_unused;
#endif
