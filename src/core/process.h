/*
 * fileq core: fork, wait, kill. The PHP side (FileQ\Process, and the standard
 * pcntl_* / posix_* functions when PHP lacks them) is built on these.
 */
#ifndef FQ_CORE_PROCESS_H
#define FQ_CORE_PROCESS_H

#include <signal.h>
#include <sys/resource.h>
#include <sys/utsname.h>

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

/*
 * The calls the standard pcntl_* / posix_* functions make, one system call
 * each, as those functions make them (the PHP side keeps their return
 * conventions). Failures fill err with sys_errno set (FQ_EIO unless said).
 */

/*
 * One wait4(2) call, as pcntl_waitpid() makes it: pid as waitpid(2) takes it
 * (> 0, -1, 0, -group), options WNOHANG / WUNTRACED / WCONTINUED, every kind
 * of status reported (stopped and continued children too). *child = the pid,
 * 0 with WNOHANG when nothing changed yet. ru may be NULL. Not retried: a
 * signal whose handler has no SA_RESTART gives FQ_EINTR (sys_errno EINTR);
 * FQ_ENOENT (ECHILD) when there is no such child.
 */
int fq_process_waitpid(long pid, int options, int *status, struct rusage *ru, long *child, fq_error_t *err);

/* alarm(2): schedules SIGALRM in seconds (0 cancels); returns the seconds left of the previous alarm. */
unsigned int fq_process_alarm(unsigned int seconds);

long fq_process_uid(void);
long fq_process_euid(void);
long fq_process_gid(void);
long fq_process_egid(void);
long fq_process_pgrp(void);

/* setsid(2): *sid is the new session (-1 and err filled on failure, EPERM for a group leader). */
int fq_process_setsid(long *sid, fq_error_t *err);
/* getpgid(2): the process group of pid (0: this process). */
int fq_process_getpgid(long pid, long *pgid, fq_error_t *err);

/* times(2), in clock ticks. */
typedef struct fq_times {
	long ticks;   /* elapsed real time since an arbitrary point */
	long utime;
	long stime;
	long cutime;  /* of the children waited for */
	long cstime;
} fq_times_t;
int fq_process_times(fq_times_t *out, fq_error_t *err);

/* uname(2). */
int fq_process_uname(struct utsname *out, fq_error_t *err);

/* access(2) with F_OK / R_OK / W_OK / X_OK. */
int fq_process_access(const char *path, int mode, fq_error_t *err);

/* isatty(3): 1 when fd is a terminal; else 0 with errno set. */
int fq_process_isatty(int fd);

/* The set*id calls of posix_setuid() and its three neighbours. */
#define FQ_ID_UID  0  /* setuid(2) */
#define FQ_ID_EUID 1  /* seteuid(2) */
#define FQ_ID_GID  2  /* setgid(2) */
#define FQ_ID_EGID 3  /* setegid(2) */
int fq_process_setid(int which, long id, fq_error_t *err);

/* setpgid(2). */
int fq_process_setpgid(long pid, long pgid, fq_error_t *err);
/* getsid(2): the session of pid (0: this process). */
int fq_process_getsid(long pid, long *sid, fq_error_t *err);

/* getrlimit(2) / setrlimit(2) of one resource (RLIMIT_*); RLIM_INFINITY as it is. */
int fq_process_getrlimit(int resource, struct rlimit *out, fq_error_t *err);
int fq_process_setrlimit(int resource, const struct rlimit *in, fq_error_t *err);

/*
 * getpriority(2): which PRIO_PROCESS / PRIO_PGRP / PRIO_USER. Its result may
 * be -1 legitimately, so success is told by errno, as the call requires.
 */
int fq_process_getpriority(int which, long who, int *prio, fq_error_t *err);
/* setpriority(2). */
int fq_process_setpriority(int which, long who, int prio, fq_error_t *err);

/*
 * unshare(2) with CLONE_* flags (Linux); FQ_EIO with ENOSYS elsewhere. The
 * kernel takes an unsigned long and refuses unknown bits: flags outside 32
 * bits (negative ones too) are EINVAL, not cut to an int.
 */
int fq_process_unshare(long flags, fq_error_t *err);

/*
 * execv(2) (envp NULL) or execve(2): returns only on failure, FQ_EIO with
 * the errno. argv and envp are NULL-terminated.
 */
int fq_process_exec(const char *path, char *const argv[], char *const envp[], fq_error_t *err);

/*
 * The CPU calls of pcntl_getcpu() and pcntl_get/setcpuaffinity() (PHP 8.4),
 * Linux only (elsewhere FQ_EIO with ENOSYS). An affinity is a bit set of
 * CPU ids, bit i of mask[i / 64]; FQ_CPU_MAX ids at most.
 */
#define FQ_CPU_MAX 1024
typedef struct fq_cpu_set {
	unsigned long long mask[FQ_CPU_MAX / 64];
} fq_cpu_set_t;
int fq_process_getcpu(int *cpu, fq_error_t *err);
int fq_process_getaffinity(long pid, fq_cpu_set_t *out, fq_error_t *err);
int fq_process_setaffinity(long pid, const fq_cpu_set_t *in, fq_error_t *err);

/*
 * waitid(2) as pcntl_waitid() makes it (one call, not retried): idtype
 * P_ALL / P_PID / P_PGID / P_PIDFD, options WEXITED / WSTOPPED / WCONTINUED /
 * WNOHANG / WNOWAIT; info filled (zeroed first: with WNOHANG and no change
 * it stays so), ru too when not NULL (the raw system call, which has it).
 */
int fq_process_waitid(int idtype, long id, int options, siginfo_t *info, struct rusage *ru, fq_error_t *err);

#endif /* FQ_CORE_PROCESS_H */
