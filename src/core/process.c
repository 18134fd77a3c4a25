#include "platform.h"
#include "process.h"
#include "signals.h"

#include <errno.h>
#include <limits.h>
#ifdef __linux__
# include <sched.h>        /* unshare, affinity */
# include <sys/syscall.h>  /* SYS_waitid */
#endif
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

int fq_process_fork(long *pid, fq_error_t *err)
{
	pid_t p = fork();

	if (p < 0) {
		return fq_error_sys(err, errno, "fork", NULL);
	}
	*pid = (long) p;
	return FQ_OK;
}

void fq_process_decode(long pid, int status, fq_child_t *out)
{
	memset(out, 0, sizeof(*out));
	out->pid = pid;
	out->status = status;
	if (WIFEXITED(status)) {
		out->exited = 1;
		out->exit_code = WEXITSTATUS(status);
	} else if (WIFSIGNALED(status)) {
		out->signaled = 1;
		out->term_signal = WTERMSIG(status);
#ifdef WCOREDUMP
		out->core_dumped = WCOREDUMP(status) ? 1 : 0;
#endif
	}
}

static int fq_process_no_child(long pid, fq_error_t *err)
{
	if (pid == -1) {
		fq_error_set(err, FQ_ENOENT, "waitpid(-1): this process has no child to wait for");
	} else {
		fq_error_set(err, FQ_ENOENT, "waitpid(%ld): not a child of this process, or already waited for", pid);
	}
	err->sys_errno = ECHILD;
	return FQ_ENOENT;
}

#ifdef __linux__
/* How often a wait that no SIGCHLD wakes looks for its child (SIGCHLD ignored or blocked by the caller). */
#define FQ_PROCESS_WAIT_SLICE_NS 50000000L

/*
 * A blocking wait with no gap for a signal to slip through, and that the
 * handlers of caught signals interrupt whatever SA_RESTART says (a plain
 * waitpid() is restarted in the kernel after them, and would run them only
 * once the child has ended). Signals are blocked, then in turn
 * waitpid(WNOHANG) and a wait for a signal:
 *
 * - SIGCHLD at SIG_DFL: sigwaitinfo() on SIGCHLD and fileq's caught
 *   signals. A caught signal taken this way is recorded as its handler
 *   would have; a signal with another handler (pcntl's) interrupts it.
 * - SIGCHLD with a handler or ignored: ppoll() with the caller's mask, as
 *   sigsuspend() — it returns after any handler, SIGCHLD's included. An
 *   ignored SIGCHLD is never sent (the kernel reaps the child), nor is one
 *   the caller blocked delivered: then the wait looks again every slice.
 *
 * The disposition is read from fileq's installer (fq_signal_disposition):
 * under zend signals sigaction() shows the engine's handler even for SIG_DFL.
 * *used = 0 when the mask cannot be set: the caller waits in waitpid().
 */
static int fq_process_wait_masked(long pid, fq_child_t *out, int *found, int *used, fq_error_t *err)
{
	struct sigaction chld;
	struct timespec slice;
	sigset_t set, old, none;
	siginfo_t info;
	int status = 0, sig, rc, take, sliced = 0;
	pid_t r;

	*used = 0;
	if (fq_signal_disposition(SIGCHLD, &chld) != 0) {
		return FQ_OK;
	}
	take = !(chld.sa_flags & SA_SIGINFO) && chld.sa_handler == SIG_DFL;
	sigemptyset(&none);
	if (sigprocmask(SIG_BLOCK, &none, &old) != 0) {
		return FQ_OK;
	}
	if (take) {
		sigemptyset(&set);
		fq_signal_add_caught(&set, &old);  /* a signal the caller blocked stays the caller's */
		sigaddset(&set, SIGCHLD);
	} else {
		/* Everything until ppoll() puts the caller's mask back: any signal that comes is delivered there. */
		sigfillset(&set);
		sigdelset(&set, SIGSEGV);
		sigdelset(&set, SIGBUS);
		sigdelset(&set, SIGFPE);
		sigdelset(&set, SIGILL);
		sliced = (!(chld.sa_flags & SA_SIGINFO) && chld.sa_handler == SIG_IGN) || sigismember(&old, SIGCHLD) == 1;
		slice.tv_sec = 0;
		slice.tv_nsec = FQ_PROCESS_WAIT_SLICE_NS;
	}
	if (sigprocmask(SIG_BLOCK, &set, NULL) != 0) {
		return FQ_OK;
	}
	*used = 1;
	for (;;) {
		if (fq_signal_interrupts()) {
			err->status = FQ_EINTR;
			rc = FQ_EINTR;
			break;
		}
		r = waitpid((pid_t) pid, &status, WNOHANG);
		if (r > 0) {
			fq_process_decode((long) r, status, out);
			*found = 1;
			rc = FQ_OK;
			break;
		}
		if (r < 0) {
			if (errno == EINTR) {
				continue;
			}
			rc = errno == ECHILD ? fq_process_no_child(pid, err) : fq_error_sys(err, errno, "waitpid", NULL);
			break;
		}
		if (!take) {
			if (ppoll(NULL, 0, sliced ? &slice : NULL, &old) >= 0) {
				continue;  /* the slice passed */
			}
			if (errno == EINTR) {
				/* A handler ran: fileq's recorded its signal, another's (pcntl's) waits for its dispatch. */
				err->status = FQ_EINTR;
				rc = FQ_EINTR;
				break;
			}
			rc = fq_error_sys(err, errno, "ppoll", NULL);
			break;
		}
		sig = sigwaitinfo(&set, &info);
		if (sig < 0) {
			if (errno == EINTR) {  /* a handler fileq does not own ran */
				err->status = FQ_EINTR;
				rc = FQ_EINTR;
				break;
			}
			rc = fq_error_sys(err, errno, "sigwaitinfo", NULL);
			break;
		}
		if (sig != SIGCHLD) {
			fq_signal_handler(sig, &info, NULL);  /* ours: record it, the loop returns FQ_EINTR */
		}
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return rc;
}
#endif

int fq_process_wait(long pid, int block, fq_child_t *out, int *found, fq_error_t *err)
{
	int status = 0;
	pid_t r;

	*found = 0;
#ifdef __linux__
	if (block) {
		int used, rc = fq_process_wait_masked(pid, out, found, &used, err);

		if (used) {
			return rc;
		}
	}
#endif
	for (;;) {
		/*
		 * A signal caught just before the wait would otherwise wait for the
		 * next child to end; one in the few instructions between this check
		 * and waitpid() still does, and a handler with SA_RESTART does not
		 * end the wait: this path (not Linux) has no wait with a signal mask.
		 */
		if (block && fq_signal_interrupts()) {
			err->status = FQ_EINTR;
			return FQ_EINTR;
		}
		r = waitpid((pid_t) pid, &status, block ? 0 : WNOHANG);
		if (r > 0) {
			fq_process_decode((long) r, status, out);
			*found = 1;
			return FQ_OK;
		}
		if (r == 0) {
			return FQ_OK;
		}
		if (errno == EINTR) {
			if (block) {
				err->status = FQ_EINTR;
				return FQ_EINTR;
			}
			continue;
		}
		if (errno == ECHILD) {
			return fq_process_no_child(pid, err);
		}
		return fq_error_sys(err, errno, "waitpid", NULL);
	}
}

int fq_process_kill(long pid, int sig, fq_error_t *err)
{
	if (kill((pid_t) pid, sig) == 0) {
		return FQ_OK;
	}
	if (errno == ESRCH) {
		fq_error_set(err, FQ_ENOENT, "kill(%ld, %d): no such process", pid, sig);
		err->sys_errno = ESRCH;
		return FQ_ENOENT;
	}
	{
		int e = errno;

		fq_error_set(err, FQ_EIO, "kill(%ld, %d): %s", pid, sig, strerror(e));
		err->sys_errno = e;
	}
	return FQ_EIO;
}

long fq_process_pid(void)
{
	return (long) getpid();
}

long fq_process_parent_pid(void)
{
	return (long) getppid();
}

int fq_process_waitpid(long pid, int options, int *status, struct rusage *ru, long *child, fq_error_t *err)
{
	pid_t r;
	int e;

	*child = -1;
	r = wait4((pid_t) pid, status, options, ru);
	if (r >= 0) {
		*child = (long) r;
		return FQ_OK;
	}
	e = errno;
	if (e == EINTR) {
		fq_error_set(err, FQ_EINTR, "waitpid(%ld): interrupted by a signal", pid);
		err->sys_errno = EINTR;
		return FQ_EINTR;
	}
	if (e == ECHILD) {
		return fq_process_no_child(pid, err);
	}
	return fq_error_sys(err, e, "waitpid", NULL);
}

unsigned int fq_process_alarm(unsigned int seconds)
{
	return alarm(seconds);
}

long fq_process_uid(void)
{
	return (long) getuid();
}

long fq_process_euid(void)
{
	return (long) geteuid();
}

long fq_process_gid(void)
{
	return (long) getgid();
}

long fq_process_egid(void)
{
	return (long) getegid();
}

long fq_process_pgrp(void)
{
	return (long) getpgrp();
}

int fq_process_setsid(long *sid, fq_error_t *err)
{
	pid_t s = setsid();

	*sid = (long) s;
	if (s < 0) {
		return fq_error_sys(err, errno, "setsid", NULL);
	}
	return FQ_OK;
}

int fq_process_getpgid(long pid, long *pgid, fq_error_t *err)
{
	pid_t g = getpgid((pid_t) pid);

	*pgid = (long) g;
	if (g < 0) {
		int e = errno;

		fq_error_set(err, FQ_EIO, "getpgid(%ld): %s", pid, strerror(e));
		err->sys_errno = e;
		return FQ_EIO;
	}
	return FQ_OK;
}

int fq_process_times(fq_times_t *out, fq_error_t *err)
{
	struct tms t;
	clock_t ticks = times(&t);

	if (ticks == (clock_t) -1) {
		return fq_error_sys(err, errno, "times", NULL);
	}
	out->ticks = (long) ticks;
	out->utime = (long) t.tms_utime;
	out->stime = (long) t.tms_stime;
	out->cutime = (long) t.tms_cutime;
	out->cstime = (long) t.tms_cstime;
	return FQ_OK;
}

int fq_process_uname(struct utsname *out, fq_error_t *err)
{
	if (uname(out) < 0) {
		return fq_error_sys(err, errno, "uname", NULL);
	}
	return FQ_OK;
}

int fq_process_access(const char *path, int mode, fq_error_t *err)
{
	if (access(path, mode) != 0) {
		return fq_error_sys(err, errno, "access", path);
	}
	return FQ_OK;
}

int fq_process_isatty(int fd)
{
	return isatty(fd) ? 1 : 0;
}

int fq_process_setid(int which, long id, fq_error_t *err)
{
	int rc;
	const char *op;

	switch (which) {
		case FQ_ID_UID: rc = setuid((uid_t) id); op = "setuid"; break;
		case FQ_ID_EUID: rc = seteuid((uid_t) id); op = "seteuid"; break;
		case FQ_ID_GID: rc = setgid((gid_t) id); op = "setgid"; break;
		case FQ_ID_EGID: rc = setegid((gid_t) id); op = "setegid"; break;
		default: return fq_error_set(err, FQ_EARG, "set*id: unknown id kind %d", which);
	}
	if (rc != 0) {
		return fq_error_sys(err, errno, op, NULL);
	}
	return FQ_OK;
}

int fq_process_setpgid(long pid, long pgid, fq_error_t *err)
{
	if (setpgid((pid_t) pid, (pid_t) pgid) != 0) {
		return fq_error_sys(err, errno, "setpgid", NULL);
	}
	return FQ_OK;
}

int fq_process_getsid(long pid, long *sid, fq_error_t *err)
{
	pid_t s = getsid((pid_t) pid);

	*sid = (long) s;
	if (s < 0) {
		return fq_error_sys(err, errno, "getsid", NULL);
	}
	return FQ_OK;
}

int fq_process_getrlimit(int resource, struct rlimit *out, fq_error_t *err)
{
	if (getrlimit(resource, out) != 0) {
		return fq_error_sys(err, errno, "getrlimit", NULL);
	}
	return FQ_OK;
}

int fq_process_setrlimit(int resource, const struct rlimit *in, fq_error_t *err)
{
	if (setrlimit(resource, in) != 0) {
		return fq_error_sys(err, errno, "setrlimit", NULL);
	}
	return FQ_OK;
}

int fq_process_getpriority(int which, long who, int *prio, fq_error_t *err)
{
	errno = 0;
	*prio = getpriority(which, (id_t) who);
	if (errno != 0) {
		return fq_error_sys(err, errno, "getpriority", NULL);
	}
	return FQ_OK;
}

int fq_process_setpriority(int which, long who, int prio, fq_error_t *err)
{
	if (setpriority(which, (id_t) who, prio) != 0) {
		return fq_error_sys(err, errno, "setpriority", NULL);
	}
	return FQ_OK;
}

int fq_process_unshare(long flags, fq_error_t *err)
{
#ifdef __linux__
	/* glibc's unshare() takes an int: 1 << 32 would become unshare(0) */
	if (flags < 0 || (unsigned long) flags > UINT_MAX) {
		return fq_error_sys(err, EINVAL, "unshare", NULL);
	}
	if (unshare((int) (unsigned int) flags) != 0) {
		return fq_error_sys(err, errno, "unshare", NULL);
	}
	return FQ_OK;
#else
	(void) flags;
	return fq_error_sys(err, ENOSYS, "unshare", NULL);
#endif
}

int fq_process_exec(const char *path, char *const argv[], char *const envp[], fq_error_t *err)
{
	if (envp != NULL) {
		(void) execve(path, argv, envp);
	} else {
		(void) execv(path, argv);
	}
	return fq_error_sys(err, errno, "exec", path);
}

int fq_process_getcpu(int *cpu, fq_error_t *err)
{
#ifdef __linux__
	*cpu = sched_getcpu();
	if (*cpu < 0) {
		return fq_error_sys(err, errno, "sched_getcpu", NULL);
	}
	return FQ_OK;
#else
	*cpu = -1;
	return fq_error_sys(err, ENOSYS, "sched_getcpu", NULL);
#endif
}

int fq_process_getaffinity(long pid, fq_cpu_set_t *out, fq_error_t *err)
{
	memset(out, 0, sizeof(*out));
#ifdef __linux__
	{
		cpu_set_t set;
		int i;

		CPU_ZERO(&set);
		if (sched_getaffinity((pid_t) pid, sizeof(set), &set) != 0) {
			return fq_error_sys(err, errno, "sched_getaffinity", NULL);
		}
		for (i = 0; i < FQ_CPU_MAX && i < CPU_SETSIZE; i++) {
			if (CPU_ISSET(i, &set)) {
				out->mask[i / 64] |= 1ULL << (i % 64);
			}
		}
		return FQ_OK;
	}
#else
	(void) pid;
	return fq_error_sys(err, ENOSYS, "sched_getaffinity", NULL);
#endif
}

int fq_process_setaffinity(long pid, const fq_cpu_set_t *in, fq_error_t *err)
{
#ifdef __linux__
	cpu_set_t set;
	int i;

	CPU_ZERO(&set);
	for (i = 0; i < FQ_CPU_MAX && i < CPU_SETSIZE; i++) {
		if (in->mask[i / 64] & (1ULL << (i % 64))) {
			CPU_SET(i, &set);
		}
	}
	if (sched_setaffinity((pid_t) pid, sizeof(set), &set) != 0) {
		return fq_error_sys(err, errno, "sched_setaffinity", NULL);
	}
	return FQ_OK;
#else
	(void) pid;
	(void) in;
	return fq_error_sys(err, ENOSYS, "sched_setaffinity", NULL);
#endif
}

int fq_process_waitid(int idtype, long id, int options, siginfo_t *info, struct rusage *ru, fq_error_t *err)
{
	long rc;

	memset(info, 0, sizeof(*info));
	if (ru != NULL) {
		memset(ru, 0, sizeof(*ru));
	}
#if defined(__linux__) && defined(SYS_waitid)
	/* the system call itself: glibc's waitid() has no rusage argument */
	rc = syscall(SYS_waitid, idtype, (id_t) id, info, options, ru);
#else
	rc = waitid((idtype_t) idtype, (id_t) id, info, options);
#endif
	if (rc != 0) {
		return fq_error_sys(err, errno, "waitid", NULL);
	}
	return FQ_OK;
}
