#include "platform.h"
#include "guard.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>

/*
 * The innermost guard of this thread. Initial-exec: a load from the thread
 * pointer, no __tls_get_addr() (one pointer of the static TLS that glibc keeps
 * for modules loaded later), and nothing to allocate inside the handler.
 */
__thread fq_guard_t *fq_guard_top __attribute__((tls_model("initial-exec")));
volatile int fq_guard_installed;

static struct sigaction fq_guard_before;
static pthread_once_t fq_guard_once = PTHREAD_ONCE_INIT;

static int fq_guard_in(const volatile void *addr, unsigned char **base, const size_t *len)
{
	/* Read now, not when armed: the operation may have remapped since. */
	const unsigned char *b = base != NULL ? *(unsigned char *volatile *) base : NULL;

	return b != NULL && (const unsigned char *) addr >= b && (const unsigned char *) addr < b + *(const volatile size_t *) len;
}

static void fq_guard_bus(int sig, siginfo_t *si, void *ctx)
{
	fq_guard_t *g;

	for (g = fq_guard_top; g != NULL; g = g->prev) {
		if (fq_guard_in(si->si_addr, g->base1, g->len1) || fq_guard_in(si->si_addr, g->base2, g->len2)) {
			fq_guard_top = g->prev;
			FQ_GUARD_LONGJMP(g->env);
		}
	}
	/* Not a queue's page: what was there before fileq decides. */
	if (fq_guard_before.sa_flags & SA_SIGINFO) {
		fq_guard_before.sa_sigaction(sig, si, ctx);
	} else if (fq_guard_before.sa_handler != SIG_DFL && fq_guard_before.sa_handler != SIG_IGN) {
		fq_guard_before.sa_handler(sig);
	} else {
		/* The default: back to it, and the faulting access runs again and ends the process. */
		sigaction(SIGBUS, &fq_guard_before, NULL);
	}
}

static void fq_guard_install_now(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fq_guard_bus;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGBUS, &sa, &fq_guard_before) != 0) {
		memset(&fq_guard_before, 0, sizeof(fq_guard_before));
	}
	fq_guard_installed = 1;
}

void fq_guard_install(void)
{
	pthread_once(&fq_guard_once, fq_guard_install_now);
}
