/*
 * fileq core: fork, wait, kill. The PHP side (FileQ\Process, and the standard
 * pcntl_* / posix_* functions when PHP lacks them) is built on these.
 */
#ifndef FQ_CORE_PROCESS_H
#define FQ_CORE_PROCESS_H

#include "error.h"

/* How a child ended (only terminations: stopped children are not reported). */
typedef struct fq_child {
	long pid;
	int status;       /* the raw wait status, for pcntl_wif*() */
	int exited;       /* 1: ended by exit/return, exit_code is valid */
	int exit_code;    /* 0..255 */
	int signaled;     /* 1: killed by a signal, term_signal is valid */
	int term_signal;
	int core_dumped;
} fq_child_t;

/* fork(2): *pid is the child's pid in the parent, 0 in the child. FQ_EIO (EAGAIN, ENOMEM) on failure. */
int fq_process_fork(long *pid, fq_error_t *err);

/*
 * waitpid(2) for pid (> 0) or any child (-1), terminations only.
 * block = 0: *found = 0 when no child has ended yet.
 * block = 1: waits; FQ_EINTR when a caught signal is pending (checked before
 * blocking) or interrupts the wait: run the handlers and call again.
 * FQ_ENOENT, with sys_errno ECHILD, when there is no such child to wait for.
 */
int fq_process_wait(long pid, int block, fq_child_t *out, int *found, fq_error_t *err);

/* Fills a fq_child_t from a raw wait status. */
void fq_process_decode(long pid, int status, fq_child_t *out);

/* kill(2). FQ_ENOENT (sys_errno ESRCH) when no such process, FQ_EIO otherwise (EPERM). */
int fq_process_kill(long pid, int sig, fq_error_t *err);

long fq_process_pid(void);
long fq_process_parent_pid(void);

#endif /* FQ_CORE_PROCESS_H */
