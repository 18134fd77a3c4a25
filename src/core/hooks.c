#include "platform.h"
#include "hooks.h"

#ifdef FQ_DEBUG_HOOKS
# include <signal.h>
# include <stdlib.h>
# include <string.h>
# include <unistd.h>

void fq_hook_point(const char *name)
{
	static long passed;
	const char *at = getenv("FILEQ_CRASH_AT");
	const char *after = getenv("FILEQ_CRASH_AFTER");

	if (at == NULL || strcmp(at, name) != 0) {
		return;
	}
	if (++passed >= (after != NULL ? atol(after) : 1)) {
		kill(getpid(), SIGKILL);
	}
}
#else
/* Keeps the translation unit non-empty (ISO C) in normal builds. */
typedef int fq_hooks_unused;
#endif
