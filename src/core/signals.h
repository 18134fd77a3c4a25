/*
 * fileq core: the pending-signal set.
 *
 * A caught signal runs fq_signal_handler(), which only records it: a
 * sig_atomic_t flag per signal, a copy of the few siginfo fields a handler
 * may want, and a global "something is pending" flag. The PHP binding later
 * takes the pending signals one by one (fq_signal_take) and calls the PHP
 * callables; it can ask to be told from inside the handler (the notify hook)
 * so it can request a VM interrupt for asynchronous delivery.
 *
 * Nothing here knows PHP: FileQ\Process and the standard pcntl_* functions
 * (when PHP lacks pcntl) are both built on this one table.
 *
 * The table is process-wide (signal dispositions are); a forked child
 * inherits the dispositions and starts with nothing pending.
 */
#ifndef FQ_CORE_SIGNALS_H
#define FQ_CORE_SIGNALS_H

#include <poll.h>
#include <signal.h>
#include <stdint.h>

#include "error.h"

/* Highest signal number the table holds (Linux: 64, SIGRTMAX included). */
#if defined(NSIG)
# define FQ_SIG_MAX (NSIG - 1)
#elif defined(_NSIG)
# define FQ_SIG_MAX (_NSIG - 1)
#else
# define FQ_SIG_MAX 64
#endif

/* Dispositions fq_signal_set() installs. */
#define FQ_SIG_DEFAULT 0  /* SIG_DFL */
#define FQ_SIG_IGNORE  1  /* SIG_IGN */
#define FQ_SIG_CATCH   2  /* fq_signal_handler: record, notify */

/* Flags for FQ_SIG_CATCH. */
#define FQ_SIG_RESTART 0x1  /* SA_RESTART: interrupted system calls restart in the kernel */
#define FQ_SIG_ASYNC   0x2  /* call the notify hook from the handler */
/*
 * Queue every delivery, in the order they came (as pcntl does), instead of
 * one merged flag per signal: fq_signal_take() returns the queued ones first.
 * At most FQ_SIG_QUEUE_MAX wait at once; more are dropped.
 */
#define FQ_SIG_QUEUE   0x4
#define FQ_SIG_QUEUE_MAX (FQ_SIG_MAX + 1)
/*
 * With FQ_SIG_RESTART: fq_signal_sleep() goes on sleeping after this signal,
 * as the kernel restarts other calls (it never restarts nanosleep()).
 */
#define FQ_SIG_RESTART_SLEEP 0x8

/* What the handler recorded about the last delivery of one signal. */
typedef struct fq_siginfo {
	int signo;
	int code;    /* si_code: SI_USER (kill), SI_QUEUE, CLD_EXITED, ... */
	int err;     /* si_errno */
	long pid;    /* sender (kill) or child (SIGCHLD); 0 when the kernel sent it */
	long uid;    /* real uid of the sender */
	int status;  /* SIGCHLD: exit code or signal of the child */
	long utime;  /* SIGCHLD: the child's user and system time, in clock ticks */
	long stime;
	long addr;   /* SIGILL, SIGFPE, SIGSEGV, SIGBUS: the faulting address */
	long band;   /* SIGPOLL: band event and file descriptor */
	int fd;
} fq_siginfo_t;

/* Installs dispositions; by default sigaction(2). The binding may route it (zend_sigaction). */
typedef int (*fq_sigaction_fn)(int sig, const struct sigaction *act, struct sigaction *old);
void fq_signal_set_sigaction(fq_sigaction_fn fn);

/* Called from inside the signal handler for FQ_SIG_ASYNC signals: async-signal-safe code only. */
typedef void (*fq_signal_notify_fn)(int sig);
void fq_signal_set_notify(fq_signal_notify_fn fn);

/* 1 when sig is a signal number (1..FQ_SIG_MAX). */
int fq_signal_valid(long sig);
/* 1 when a handler can be installed for sig (valid, not SIGKILL or SIGSTOP). */
int fq_signal_catchable(long sig);
/*
 * 1 for the signals the C library keeps for itself (glibc: 32 and 33, its
 * threads' cancellation and set*id calls; from 32 up to SIGRTMIN), which a
 * program cannot set. 0 elsewhere.
 */
int fq_signal_reserved(long sig);
/* The highest reserved signal (SIGRTMIN - 1), or 0 when none is. */
int fq_signal_reserved_max(void);
/* 1 for the synchronous faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL): a deferred handler cannot fix them. */
int fq_signal_is_fault(long sig);

/*
 * Sets the disposition of sig. The first change of each signal saves the
 * disposition it replaces, for fq_signal_restore(). FQ_EARG for a signal that
 * cannot take that disposition, FQ_EIO when sigaction fails.
 */
int fq_signal_set(int sig, int action, int flags, fq_error_t *err);
/* Puts back the disposition saved before fileq's first change of sig (no-op when never changed). */
int fq_signal_restore(int sig, fq_error_t *err);
/* fq_signal_restore() for every signal, and forgets whatever is pending; nothing when none was set or held since its last call. */
void fq_signal_restore_all(void);

/* The handler itself (SA_SIGINFO form); exposed so a caller can tell it apart. */
void fq_signal_handler(int sig, siginfo_t *info, void *ctx);

/* How many signals are caught with FQ_SIG_RESTART_SLEEP now: 0 lets a sleep take the plain path. */
int fq_signal_sleep_restarts(void);

/*
 * Sleeps ns nanoseconds on the monotonic clock. A signal caught with
 * FQ_SIG_RESTART_SLEEP does not end it (its handler is recorded, and runs
 * after); any other signal does, as it ends nanosleep(): then returns EINTR
 * with *left_ns the time not slept. 0 when the whole time was slept.
 */
int fq_signal_sleep(int64_t ns, int64_t *left_ns);

/* 1 when a caught signal is waiting to be taken. Cheap: one flag. */
int fq_signal_pending(void);
/* Takes the lowest pending signal into out and clears it: 1 when one was taken, 0 when none. */
int fq_signal_take(fq_siginfo_t *out);
/* Forgets every pending signal and any hold (a forked child: they were the parent's). */
void fq_signal_forget(void);

/*
 * Turns the async notification of one caught signal on or off without
 * reinstalling it (pcntl_async_signals() switches every handler at once).
 */
void fq_signal_set_async(int sig, int on);

/*
 * While held (the binding holds while a PHP handler runs), a pending signal
 * does not make blocking waits return FQ_EINTR before they wait: a handler
 * that itself waits would otherwise spin. A signal arriving during such a
 * wait still interrupts it once; its PHP handler runs after the current one.
 * Calls nest.
 */
void fq_signal_hold(int on);

/* 1 when a blocking wait should return FQ_EINTR now: a signal is pending and none is held. */
int fq_signal_interrupts(void);

/*
 * Adds to set the signals whose disposition is fq_signal_handler right now
 * (another handler, pcntl's, may have replaced one since fileq set it) and
 * that are not in the excluded set. A wait may block them and take them
 * with sigwaitinfo(), passing each to fq_signal_handler() itself.
 */
void fq_signal_add_caught(sigset_t *set, const sigset_t *excluded);

/*
 * The disposition of sig as it is set, into *cur: 0, or -1 with errno. Under
 * zend signals this is the engine's table (sigaction() would show the
 * engine's own deferring handler, whatever was set); sa_handler may be
 * SIG_DFL or SIG_IGN only when SA_SIGINFO is clear.
 */
int fq_signal_disposition(int sig, struct sigaction *cur);

/*
 * poll() that a caught signal interrupts reliably: FQ_EINTR when one is
 * pending before the wait or arrives during it (or any signal interrupts the
 * wait), FQ_ETIMEOUT when deadline_ns (CLOCK_MONOTONIC, fq_now_ns(); -1: no
 * deadline) passes, FQ_OK when an fd is ready. On Linux the check and the
 * wait are atomic (ppoll with the caught signals blocked until the wait);
 * elsewhere a signal in the gap between them waits for the next wake-up.
 * Signals the caller blocked (SIGPIPE around a write) stay blocked.
 */
int fq_signal_poll(struct pollfd *fds, unsigned int nfds, int64_t deadline_ns, fq_error_t *err);

/*
 * sigprocmask(2): how SIG_BLOCK / SIG_UNBLOCK / SIG_SETMASK; old may be NULL.
 * FQ_EIO (sys_errno EINVAL for an unknown how) on failure.
 */
int fq_signal_mask(int how, const sigset_t *set, sigset_t *old, fq_error_t *err);

/*
 * sigwaitinfo(2) (timeout NULL) or sigtimedwait(2) on set, as
 * pcntl_sigwaitinfo() makes it: *sig is the signal taken, its details in
 * info; on failure *sig is -1 and err has the errno (EAGAIN: the timeout
 * passed; EINTR: another signal's handler ran, reported rather than retried,
 * as pcntl reports it).
 */
struct timespec;
int fq_signal_wait(const sigset_t *set, const struct timespec *timeout, int *sig, fq_siginfo_t *info, fq_error_t *err);

#endif /* FQ_CORE_SIGNALS_H */
