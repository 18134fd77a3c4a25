/*
 * Crash points for the stress tests, compiled in only with
 * --enable-fileq-debug-hooks (FQ_DEBUG_HOOKS). With FILEQ_CRASH_AT=<name>
 * in the environment, the process SIGKILLs itself the FILEQ_CRASH_AFTER-th
 * time (default 1) it passes the point of that name: each point sits before
 * or after one write or sync of an operation, so a test can check that every
 * crash leaves the state before or after the operation, never between.
 */
#ifndef FQ_CORE_HOOKS_H
#define FQ_CORE_HOOKS_H

#ifdef FQ_DEBUG_HOOKS
void fq_hook_point(const char *name);
# define FQ_HOOK(name) fq_hook_point(name)
#else
# define FQ_HOOK(name) ((void) 0)
#endif

#endif /* FQ_CORE_HOOKS_H */
