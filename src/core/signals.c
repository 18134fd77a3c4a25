#include "platform.h"
#include "signals.h"
#include "clock.h"
#include "os.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/*
 * Written by the handler, read by the main flow with every signal blocked
 * (fq_signal_take), so the per-signal record is never read half-written.
 */
static volatile sig_atomic_t fq_sig_flag[FQ_SIG_MAX + 1];
static volatile sig_atomic_t fq_sig_any;
static volatile sig_atomic_t fq_sig_async[FQ_SIG_MAX + 1];
static fq_siginfo_t fq_sig_info[FQ_SIG_MAX + 1];
/* FQ_SIG_QUEUE signals: a ring of deliveries in arrival order. */
static volatile sig_atomic_t fq_sig_queued[FQ_SIG_MAX + 1];
static fq_siginfo_t fq_sig_ring[FQ_SIG_QUEUE_MAX];
static volatile sig_atomic_t fq_sig_ring_head;
static volatile sig_atomic_t fq_sig_ring_len;
/* Deliveries of signals that end a sleep (not FQ_SIG_RESTART_SLEEP); all of them: fq_os_signals (os.h). */
static volatile sig_atomic_t fq_sig_delivered_waking;
static volatile sig_atomic_t fq_sig_sleep_ok[FQ_SIG_MAX + 1];
static int fq_sig_sleep_ok_count;

/* Main-flow state: what fileq installed and what it replaced. */
static signed char fq_sig_action[FQ_SIG_MAX + 1];  /* FQ_SIG_* + 1; 0: fileq never set this one */
static unsigned char fq_sig_saved_ok[FQ_SIG_MAX + 1];
static struct sigaction fq_sig_saved[FQ_SIG_MAX + 1];

static int fq_sig_held;
/* Something was installed or held since the last fq_signal_restore_all(): most processes never set one. */
static int fq_sig_used;

static fq_sigaction_fn fq_sig_installer;
static fq_signal_notify_fn fq_sig_notify;

void fq_signal_set_sigaction(fq_sigaction_fn fn)
{
	fq_sig_installer = fn;
}

void fq_signal_set_notify(fq_signal_notify_fn fn)
{
	fq_sig_notify = fn;
}

int fq_signal_valid(long sig)
{
	return sig >= 1 && sig <= FQ_SIG_MAX;
}

int fq_signal_catchable(long sig)
{
	return fq_signal_valid(sig) && sig != SIGKILL && sig != SIGSTOP;
}

int fq_signal_reserved_max(void)
{
#if defined(__linux__) && defined(SIGRTMIN)
	/* Linux's real-time signals start at 32; SIGRTMIN is the first the C library leaves free (a call in glibc). */
	return SIGRTMIN > 32 ? SIGRTMIN - 1 : 0;
#else
	return 0;
#endif
}

int fq_signal_reserved(long sig)
{
	return sig >= 32 && sig <= fq_signal_reserved_max();
}

int fq_signal_is_fault(long sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL;
}

static int fq_signal_install(int sig, const struct sigaction *act, struct sigaction *old)
{
	if (fq_sig_installer != NULL) {
		return fq_sig_installer(sig, act, old);
	}
	return sigaction(sig, act, old);
}

static void fq_signal_set_sleep_ok(int sig, int on)
{
	if (fq_sig_sleep_ok[sig] != (on ? 1 : 0)) {
		fq_sig_sleep_ok_count += on ? 1 : -1;
		fq_sig_sleep_ok[sig] = on ? 1 : 0;
	}
}

int fq_signal_sleep_restarts(void)
{
	return fq_sig_sleep_ok_count;
}

int fq_signal_sleep(int64_t ns, int64_t *left_ns)
{
	int64_t deadline = fq_now_ns() + (ns > 0 ? ns : 0), left = ns;
	struct timespec ts;

	while (left > 0) {
		sig_atomic_t all = fq_os_signals, waking = fq_sig_delivered_waking;
		int e;

		ts.tv_sec = (time_t) (left / 1000000000);
		ts.tv_nsec = (long) (left % 1000000000);
		/* errno only when it failed: a success leaves an older EINTR there */
		e = nanosleep(&ts, NULL) != 0 ? errno : 0;
		if (e != 0 && e != EINTR) {
			*left_ns = left;
			return e;
		}
		if (e == EINTR && (fq_os_signals == all || fq_sig_delivered_waking != waking)) {
			/* A signal fileq does not catch, or one that is to end sleeps: as nanosleep() would. */
			left = deadline - fq_now_ns();
			*left_ns = left > 0 ? left : 0;
			return EINTR;
		}
		left = deadline - fq_now_ns();
	}
	*left_ns = 0;
	return 0;
}

static void fq_signal_record(fq_siginfo_t *si, int sig, const siginfo_t *info)
{
	memset(si, 0, sizeof(*si));
	si->signo = sig;
	if (info == NULL) {
		return;
	}
	si->code = info->si_code;
	si->err = info->si_errno;
	si->pid = (long) info->si_pid;
	si->uid = (long) info->si_uid;
	if (sig == SIGCHLD) {
		si->status = info->si_status;
#ifdef __linux__
		si->utime = (long) info->si_utime;
		si->stime = (long) info->si_stime;
#endif
	}
	if (sig == SIGILL || sig == SIGFPE || sig == SIGSEGV || sig == SIGBUS) {
		si->addr = (long) (intptr_t) info->si_addr;
	}
#ifdef SIGPOLL
	if (sig == SIGPOLL) {
		si->band = (long) info->si_band;
# ifdef __linux__
		si->fd = info->si_fd;
# endif
	}
#endif
}

void fq_signal_handler(int sig, siginfo_t *info, void *ctx)
{
	int saved_errno = errno;

	(void) ctx;
	if (sig >= 1 && sig <= FQ_SIG_MAX) {
		if (fq_sig_queued[sig]) {
			if (fq_sig_ring_len < FQ_SIG_QUEUE_MAX) {
				int slot = (fq_sig_ring_head + fq_sig_ring_len) % FQ_SIG_QUEUE_MAX;

				fq_signal_record(&fq_sig_ring[slot], sig, info);
				fq_sig_ring_len++;
			}
		} else {
			fq_signal_record(&fq_sig_info[sig], sig, info);
			fq_sig_flag[sig] = 1;
		}
		fq_sig_any = 1;
		fq_os_signals++;  /* ends a wait's spin (os.h), tells fq_signal_sleep() a caught signal came */
		if (!fq_sig_sleep_ok[sig]) {
			fq_sig_delivered_waking++;
		}
		if (fq_sig_async[sig] && fq_sig_notify != NULL) {
			fq_sig_notify(sig);
		}
	}
	errno = saved_errno;
}

int fq_signal_set(int sig, int action, int flags, fq_error_t *err)
{
	struct sigaction act, old;
	char op[48];

	if (!fq_signal_valid(sig)) {
		return fq_error_set(err, FQ_EARG, "%d is not a signal number (1 to %d)", sig, FQ_SIG_MAX);
	}
	if (!fq_signal_catchable(sig)) {
		return fq_error_set(err, FQ_EARG, "signal %d (%s) cannot be caught, ignored or reset", sig,
			sig == SIGKILL ? "SIGKILL" : "SIGSTOP");
	}
	memset(&act, 0, sizeof(act));
	sigemptyset(&act.sa_mask);
	switch (action) {
		case FQ_SIG_DEFAULT:
			act.sa_handler = SIG_DFL;
			break;
		case FQ_SIG_IGNORE:
			act.sa_handler = SIG_IGN;
			break;
		case FQ_SIG_CATCH:
			act.sa_sigaction = fq_signal_handler;
			act.sa_flags = SA_SIGINFO | ((flags & FQ_SIG_RESTART) ? SA_RESTART : 0);
			/* One handler at a time: the record of a signal is never written twice at once. */
			sigfillset(&act.sa_mask);
			break;
		default:
			return fq_error_set(err, FQ_EARG, "unknown signal disposition %d", action);
	}
	fq_sig_async[sig] = (action == FQ_SIG_CATCH && (flags & FQ_SIG_ASYNC)) ? 1 : 0;
	fq_sig_queued[sig] = (action == FQ_SIG_CATCH && (flags & FQ_SIG_QUEUE)) ? 1 : 0;
	fq_signal_set_sleep_ok(sig, action == FQ_SIG_CATCH && (flags & FQ_SIG_RESTART) && (flags & FQ_SIG_RESTART_SLEEP));
	fq_sig_used = 1;
	memset(&old, 0, sizeof(old));
	if (fq_signal_install(sig, &act, &old) != 0) {
		int e = errno;

		snprintf(op, sizeof(op), "sigaction(signal %d)", sig);
		return fq_error_sys(err, e, op, NULL);
	}
	if (!fq_sig_saved_ok[sig]) {
		fq_sig_saved[sig] = old;
		fq_sig_saved_ok[sig] = 1;
	}
	fq_sig_action[sig] = (signed char) (action + 1);
	return FQ_OK;
}

int fq_signal_restore(int sig, fq_error_t *err)
{
	char op[48];

	if (!fq_signal_valid(sig)) {
		return fq_error_set(err, FQ_EARG, "%d is not a signal number (1 to %d)", sig, FQ_SIG_MAX);
	}
	if (!fq_sig_saved_ok[sig]) {
		return FQ_OK;
	}
	fq_sig_async[sig] = 0;
	fq_sig_queued[sig] = 0;
	fq_signal_set_sleep_ok(sig, 0);
	if (fq_signal_install(sig, &fq_sig_saved[sig], NULL) != 0) {
		int e = errno;

		snprintf(op, sizeof(op), "sigaction(signal %d)", sig);
		return fq_error_sys(err, e, op, NULL);
	}
	fq_sig_saved_ok[sig] = 0;
	fq_sig_action[sig] = 0;
	fq_sig_flag[sig] = 0;
	return FQ_OK;
}

void fq_signal_restore_all(void)
{
	fq_error_t err;
	int sig, left = 0;

	if (!fq_sig_used) {
		return;
	}
	for (sig = 1; sig <= FQ_SIG_MAX; sig++) {
		if (fq_sig_saved_ok[sig] && fq_signal_restore(sig, &err) != FQ_OK) {
			left = 1;
		}
	}
	fq_signal_forget();
	fq_sig_used = left;
}

int fq_signal_disposition(int sig, struct sigaction *cur)
{
	memset(cur, 0, sizeof(*cur));
	return fq_signal_install(sig, NULL, cur);
}

void fq_signal_add_caught(sigset_t *set, const sigset_t *excluded)
{
	struct sigaction cur;
	int sig;

	for (sig = 1; sig <= FQ_SIG_MAX; sig++) {
		if (fq_sig_action[sig] != FQ_SIG_CATCH + 1 || sigismember(excluded, sig) == 1) {
			continue;
		}
		memset(&cur, 0, sizeof(cur));
		if (fq_signal_install(sig, NULL, &cur) != 0) {
			continue;
		}
		/* sa_sigaction and sa_handler share their storage: compare the pointer. */
		if ((cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == fq_signal_handler) {
			sigaddset(set, sig);
		}
	}
}

int fq_signal_pending(void)
{
	return fq_sig_any != 0;
}

int fq_signal_take(fq_siginfo_t *out)
{
	sigset_t all, old;
	int sig, found = 0;

	if (!fq_sig_any) {
		return 0;
	}
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	fq_sig_any = 0;
	if (fq_sig_ring_len > 0) {
		*out = fq_sig_ring[fq_sig_ring_head];
		fq_sig_ring_head = (fq_sig_ring_head + 1) % FQ_SIG_QUEUE_MAX;
		fq_sig_ring_len--;
		found = 1;
	}
	if (fq_sig_ring_len > 0) {
		fq_sig_any = 1;
	}
	for (sig = 1; sig <= FQ_SIG_MAX && !fq_sig_any; sig++) {
		if (!fq_sig_flag[sig]) {
			continue;
		}
		if (found) {
			fq_sig_any = 1;  /* more after this one */
			break;
		}
		*out = fq_sig_info[sig];
		out->signo = sig;
		fq_sig_flag[sig] = 0;
		found = 1;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return found;
}

void fq_signal_forget(void)
{
	sigset_t all, old;
	int sig;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	for (sig = 1; sig <= FQ_SIG_MAX; sig++) {
		fq_sig_flag[sig] = 0;
	}
	fq_sig_ring_head = 0;
	fq_sig_ring_len = 0;
	fq_sig_any = 0;
	fq_sig_held = 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void fq_signal_set_async(int sig, int on)
{
	if (fq_signal_valid(sig)) {
		fq_sig_async[sig] = (on && fq_sig_action[sig] == FQ_SIG_CATCH + 1) ? 1 : 0;
	}
}

void fq_signal_hold(int on)
{
	if (on) {
		fq_sig_held++;
		fq_sig_used = 1;
	} else if (fq_sig_held > 0) {
		fq_sig_held--;
	}
}

int fq_signal_interrupts(void)
{
	return fq_sig_any != 0 && fq_sig_held == 0;
}

int fq_signal_mask(int how, const sigset_t *set, sigset_t *old, fq_error_t *err)
{
	if (sigprocmask(how, set, old) != 0) {
		return fq_error_sys(err, errno, "sigprocmask", NULL);
	}
	return FQ_OK;
}

int fq_signal_poll(struct pollfd *fds, unsigned int nfds, int64_t deadline_ns, fq_error_t *err)
{
	sigset_t caught, old;
	int64_t left = -1;
	int sig, rc, e;

	sigemptyset(&caught);
	for (sig = 1; sig <= FQ_SIG_MAX; sig++) {
		if (fq_sig_action[sig] == FQ_SIG_CATCH + 1) {
			sigaddset(&caught, sig);
		}
	}
	sigprocmask(SIG_BLOCK, &caught, &old);
	if (fq_signal_interrupts()) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		err->status = FQ_EINTR;
		return FQ_EINTR;
	}
	if (deadline_ns >= 0) {
		left = deadline_ns - fq_now_ns();
		if (left < 0) {
			left = 0;
		}
	}
#ifdef __linux__
	{
		struct timespec ts;

		ts.tv_sec = (time_t) (left / 1000000000);
		ts.tv_nsec = (long) (left % 1000000000);
		/* ppoll waits with the caller's mask: the caught signals unblocked only while waiting. */
		rc = ppoll(fds, (nfds_t) nfds, left < 0 ? NULL : &ts, &old);
		e = errno;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
#else
	sigprocmask(SIG_SETMASK, &old, NULL);
	{
		int ms = -1;

		if (left >= 0) {
			int64_t m = (left + 999999) / 1000000;
			ms = m > INT_MAX ? INT_MAX : (int) m;
		}
		rc = poll(fds, (nfds_t) nfds, ms);
		e = errno;
	}
#endif
	if (rc < 0) {
		if (e == EINTR) {
			err->status = FQ_EINTR;
			return FQ_EINTR;
		}
		return fq_error_sys(err, e, "poll", NULL);
	}
	if (rc == 0 && deadline_ns >= 0 && fq_now_ns() >= deadline_ns) {
		return fq_error_set(err, FQ_ETIMEOUT, "timed out");
	}
	return FQ_OK;
}

int fq_signal_wait(const sigset_t *set, const struct timespec *timeout, int *sig, fq_siginfo_t *info, fq_error_t *err)
{
	siginfo_t si;
	int s;

	memset(&si, 0, sizeof(si));
	s = timeout != NULL ? sigtimedwait(set, &si, timeout) : sigwaitinfo(set, &si);
	*sig = s;
	if (s < 0) {
		memset(info, 0, sizeof(*info));
		return fq_error_sys(err, errno, timeout != NULL ? "sigtimedwait" : "sigwaitinfo", NULL);
	}
	fq_signal_record(info, s, &si);
	return FQ_OK;
}
