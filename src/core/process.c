#include "features.h"
#include "process.h"
#include "signals.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
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

int fq_process_wait(long pid, int block, fq_child_t *out, int *found, fq_error_t *err)
{
	int status = 0;
	pid_t r;

	*found = 0;
	for (;;) {
		/*
		 * A signal caught just before the wait would otherwise wait for the
		 * next child to end; a signal in the few instructions between this
		 * check and waitpid() still does (there is no waitpid with a mask).
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
			if (pid == -1) {
				fq_error_set(err, FQ_ENOENT, "waitpid(-1): this process has no child to wait for");
			} else {
				fq_error_set(err, FQ_ENOENT, "waitpid(%ld): not a child of this process, or already waited for", pid);
			}
			err->sys_errno = ECHILD;
			return FQ_ENOENT;
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
