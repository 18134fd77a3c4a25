<?php

/** @generate-class-entries */

/*
 * ext/pcntl's functions and constants that fileq registers itself when PHP
 * has no pcntl (see the README, "posix_* and pcntl_*"). Signatures as in php-src's
 * ext/pcntl/pcntl.stub.php (PHP 8.2); the constants are pcntl's, each under
 * the same condition. The BSD-only pcntl_rfork() and pcntl_forkx() (RF*,
 * FORK_*) and macOS's PRIO_DARWIN_* are left out: fileq builds where Linux's
 * calls are (unshare and CLONE_* under __linux__). From 8.4 on: pcntl_waitid
 * (8.5: with $resource_usage), P_* / WEXITED / WSTOPPED / WNOWAIT,
 * pcntl_getcpu and pcntl_get/setcpuaffinity; 8.5's pcntl_exec() returns
 * false, 8.6's $restart_syscalls is nullable. 8.4's pcntl_setns() and
 * Pcntl\QosClass are not provided.
 */

#ifdef WNOHANG
/**
 * @var int
 * @cvalue WNOHANG
 */
const WNOHANG = UNKNOWN;
#endif
#ifdef WUNTRACED
/**
 * @var int
 * @cvalue WUNTRACED
 */
const WUNTRACED = UNKNOWN;
#endif
#ifdef WCONTINUED
/**
 * @var int
 * @cvalue WCONTINUED
 */
const WCONTINUED = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue PHP_FILEQ_LONG_CONST(SIG_IGN)
 */
const SIG_IGN = UNKNOWN;
/**
 * @var int
 * @cvalue PHP_FILEQ_LONG_CONST(SIG_DFL)
 */
const SIG_DFL = UNKNOWN;
/**
 * @var int
 * @cvalue PHP_FILEQ_LONG_CONST(SIG_ERR)
 */
const SIG_ERR = UNKNOWN;
/**
 * @var int
 * @cvalue SIGHUP
 */
const SIGHUP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGINT
 */
const SIGINT = UNKNOWN;
/**
 * @var int
 * @cvalue SIGQUIT
 */
const SIGQUIT = UNKNOWN;
/**
 * @var int
 * @cvalue SIGILL
 */
const SIGILL = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTRAP
 */
const SIGTRAP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGABRT
 */
const SIGABRT = UNKNOWN;
#ifdef SIGIOT
/**
 * @var int
 * @cvalue SIGIOT
 */
const SIGIOT = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SIGBUS
 */
const SIGBUS = UNKNOWN;
/**
 * @var int
 * @cvalue SIGFPE
 */
const SIGFPE = UNKNOWN;
/**
 * @var int
 * @cvalue SIGKILL
 */
const SIGKILL = UNKNOWN;
/**
 * @var int
 * @cvalue SIGUSR1
 */
const SIGUSR1 = UNKNOWN;
/**
 * @var int
 * @cvalue SIGSEGV
 */
const SIGSEGV = UNKNOWN;
/**
 * @var int
 * @cvalue SIGUSR2
 */
const SIGUSR2 = UNKNOWN;
/**
 * @var int
 * @cvalue SIGPIPE
 */
const SIGPIPE = UNKNOWN;
/**
 * @var int
 * @cvalue SIGALRM
 */
const SIGALRM = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTERM
 */
const SIGTERM = UNKNOWN;
#ifdef SIGSTKFLT
/**
 * @var int
 * @cvalue SIGSTKFLT
 */
const SIGSTKFLT = UNKNOWN;
#endif
#ifdef SIGCLD
/**
 * @var int
 * @cvalue SIGCLD
 */
const SIGCLD = UNKNOWN;
#endif
#ifdef SIGCHLD
/**
 * @var int
 * @cvalue SIGCHLD
 */
const SIGCHLD = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SIGCONT
 */
const SIGCONT = UNKNOWN;
/**
 * @var int
 * @cvalue SIGSTOP
 */
const SIGSTOP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTSTP
 */
const SIGTSTP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTTIN
 */
const SIGTTIN = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTTOU
 */
const SIGTTOU = UNKNOWN;
/**
 * @var int
 * @cvalue SIGURG
 */
const SIGURG = UNKNOWN;
/**
 * @var int
 * @cvalue SIGXCPU
 */
const SIGXCPU = UNKNOWN;
/**
 * @var int
 * @cvalue SIGXFSZ
 */
const SIGXFSZ = UNKNOWN;
/**
 * @var int
 * @cvalue SIGVTALRM
 */
const SIGVTALRM = UNKNOWN;
/**
 * @var int
 * @cvalue SIGPROF
 */
const SIGPROF = UNKNOWN;
/**
 * @var int
 * @cvalue SIGWINCH
 */
const SIGWINCH = UNKNOWN;
#ifdef SIGPOLL
/**
 * @var int
 * @cvalue SIGPOLL
 */
const SIGPOLL = UNKNOWN;
#endif
#ifdef SIGIO
/**
 * @var int
 * @cvalue SIGIO
 */
const SIGIO = UNKNOWN;
#endif
#ifdef SIGPWR
/**
 * @var int
 * @cvalue SIGPWR
 */
const SIGPWR = UNKNOWN;
#endif
#ifdef SIGSYS
/**
 * @var int
 * @cvalue SIGSYS
 */
const SIGSYS = UNKNOWN;
#endif
#ifdef SIGSYS
/**
 * @var int
 * @cvalue SIGSYS
 */
const SIGBABY = UNKNOWN;
#endif
#ifdef SIGRTMIN
/**
 * @var int
 * @cvalue SIGRTMIN
 */
const SIGRTMIN = UNKNOWN;
#endif
#ifdef SIGRTMAX
/**
 * @var int
 * @cvalue SIGRTMAX
 */
const SIGRTMAX = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SIG_BLOCK
 */
const SIG_BLOCK = UNKNOWN;
/**
 * @var int
 * @cvalue SIG_UNBLOCK
 */
const SIG_UNBLOCK = UNKNOWN;
/**
 * @var int
 * @cvalue SIG_SETMASK
 */
const SIG_SETMASK = UNKNOWN;
/**
 * @var int
 * @cvalue SI_USER
 */
const SI_USER = UNKNOWN;
#ifdef SI_NOINFO
/**
 * @var int
 * @cvalue SI_NOINFO
 */
const SI_NOINFO = UNKNOWN;
#endif
#ifdef SI_KERNEL
/**
 * @var int
 * @cvalue SI_KERNEL
 */
const SI_KERNEL = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SI_QUEUE
 */
const SI_QUEUE = UNKNOWN;
/**
 * @var int
 * @cvalue SI_TIMER
 */
const SI_TIMER = UNKNOWN;
/**
 * @var int
 * @cvalue SI_MESGQ
 */
const SI_MESGQ = UNKNOWN;
/**
 * @var int
 * @cvalue SI_ASYNCIO
 */
const SI_ASYNCIO = UNKNOWN;
#ifdef SI_SIGIO
/**
 * @var int
 * @cvalue SI_SIGIO
 */
const SI_SIGIO = UNKNOWN;
#endif
#ifdef SI_TKILL
/**
 * @var int
 * @cvalue SI_TKILL
 */
const SI_TKILL = UNKNOWN;
#endif
#ifdef CLD_EXITED
/**
 * @var int
 * @cvalue CLD_EXITED
 */
const CLD_EXITED = UNKNOWN;
#endif
#ifdef CLD_KILLED
/**
 * @var int
 * @cvalue CLD_KILLED
 */
const CLD_KILLED = UNKNOWN;
#endif
#ifdef CLD_DUMPED
/**
 * @var int
 * @cvalue CLD_DUMPED
 */
const CLD_DUMPED = UNKNOWN;
#endif
#ifdef CLD_TRAPPED
/**
 * @var int
 * @cvalue CLD_TRAPPED
 */
const CLD_TRAPPED = UNKNOWN;
#endif
#ifdef CLD_STOPPED
/**
 * @var int
 * @cvalue CLD_STOPPED
 */
const CLD_STOPPED = UNKNOWN;
#endif
#ifdef CLD_CONTINUED
/**
 * @var int
 * @cvalue CLD_CONTINUED
 */
const CLD_CONTINUED = UNKNOWN;
#endif
#ifdef TRAP_BRKPT
/**
 * @var int
 * @cvalue TRAP_BRKPT
 */
const TRAP_BRKPT = UNKNOWN;
#endif
#ifdef TRAP_TRACE
/**
 * @var int
 * @cvalue TRAP_TRACE
 */
const TRAP_TRACE = UNKNOWN;
#endif
#ifdef POLL_IN
/**
 * @var int
 * @cvalue POLL_IN
 */
const POLL_IN = UNKNOWN;
#endif
#ifdef POLL_OUT
/**
 * @var int
 * @cvalue POLL_OUT
 */
const POLL_OUT = UNKNOWN;
#endif
#ifdef POLL_MSG
/**
 * @var int
 * @cvalue POLL_MSG
 */
const POLL_MSG = UNKNOWN;
#endif
#ifdef POLL_ERR
/**
 * @var int
 * @cvalue POLL_ERR
 */
const POLL_ERR = UNKNOWN;
#endif
#ifdef POLL_PRI
/**
 * @var int
 * @cvalue POLL_PRI
 */
const POLL_PRI = UNKNOWN;
#endif
#ifdef POLL_HUP
/**
 * @var int
 * @cvalue POLL_HUP
 */
const POLL_HUP = UNKNOWN;
#endif
#ifdef ILL_ILLOPC
/**
 * @var int
 * @cvalue ILL_ILLOPC
 */
const ILL_ILLOPC = UNKNOWN;
#endif
#ifdef ILL_ILLOPN
/**
 * @var int
 * @cvalue ILL_ILLOPN
 */
const ILL_ILLOPN = UNKNOWN;
#endif
#ifdef ILL_ILLADR
/**
 * @var int
 * @cvalue ILL_ILLADR
 */
const ILL_ILLADR = UNKNOWN;
#endif
#ifdef ILL_ILLTRP
/**
 * @var int
 * @cvalue ILL_ILLTRP
 */
const ILL_ILLTRP = UNKNOWN;
#endif
#ifdef ILL_PRVOPC
/**
 * @var int
 * @cvalue ILL_PRVOPC
 */
const ILL_PRVOPC = UNKNOWN;
#endif
#ifdef ILL_PRVREG
/**
 * @var int
 * @cvalue ILL_PRVREG
 */
const ILL_PRVREG = UNKNOWN;
#endif
#ifdef ILL_COPROC
/**
 * @var int
 * @cvalue ILL_COPROC
 */
const ILL_COPROC = UNKNOWN;
#endif
#ifdef ILL_BADSTK
/**
 * @var int
 * @cvalue ILL_BADSTK
 */
const ILL_BADSTK = UNKNOWN;
#endif
#ifdef FPE_INTDIV
/**
 * @var int
 * @cvalue FPE_INTDIV
 */
const FPE_INTDIV = UNKNOWN;
#endif
#ifdef FPE_INTOVF
/**
 * @var int
 * @cvalue FPE_INTOVF
 */
const FPE_INTOVF = UNKNOWN;
#endif
#ifdef FPE_FLTDIV
/**
 * @var int
 * @cvalue FPE_FLTDIV
 */
const FPE_FLTDIV = UNKNOWN;
#endif
#ifdef FPE_FLTOVF
/**
 * @var int
 * @cvalue FPE_FLTOVF
 */
const FPE_FLTOVF = UNKNOWN;
#endif
#ifdef FPE_FLTUND
/**
 * @var int
 * @cvalue FPE_FLTUND
 */
const FPE_FLTUND = UNKNOWN;
#endif
#ifdef FPE_FLTRES
/**
 * @var int
 * @cvalue FPE_FLTRES
 */
const FPE_FLTRES = UNKNOWN;
#endif
#ifdef FPE_FLTINV
/**
 * @var int
 * @cvalue FPE_FLTINV
 */
const FPE_FLTINV = UNKNOWN;
#endif
#ifdef FPE_FLTSUB
/**
 * @var int
 * @cvalue FPE_FLTSUB
 */
const FPE_FLTSUB = UNKNOWN;
#endif
#ifdef SEGV_MAPERR
/**
 * @var int
 * @cvalue SEGV_MAPERR
 */
const SEGV_MAPERR = UNKNOWN;
#endif
#ifdef SEGV_ACCERR
/**
 * @var int
 * @cvalue SEGV_ACCERR
 */
const SEGV_ACCERR = UNKNOWN;
#endif
#ifdef BUS_ADRALN
/**
 * @var int
 * @cvalue BUS_ADRALN
 */
const BUS_ADRALN = UNKNOWN;
#endif
#ifdef BUS_ADRERR
/**
 * @var int
 * @cvalue BUS_ADRERR
 */
const BUS_ADRERR = UNKNOWN;
#endif
#ifdef BUS_OBJERR
/**
 * @var int
 * @cvalue BUS_OBJERR
 */
const BUS_OBJERR = UNKNOWN;
#endif
/* waitid()'s id types and options (8.4) */
/* idtype_t's values are an enum in glibc, no macros */
#if PHP_VERSION_ID >= 80400 && defined(__linux__)
/**
 * @var int
 * @cvalue P_ALL
 */
const P_ALL = UNKNOWN;
/**
 * @var int
 * @cvalue P_PID
 */
const P_PID = UNKNOWN;
/**
 * @var int
 * @cvalue P_PGID
 */
const P_PGID = UNKNOWN;
/**
 * @var int
 * @cvalue P_PIDFD
 */
const P_PIDFD = UNKNOWN;
#ifdef WEXITED
/**
 * @var int
 * @cvalue WEXITED
 */
const WEXITED = UNKNOWN;
#endif
#ifdef WSTOPPED
/**
 * @var int
 * @cvalue WSTOPPED
 */
const WSTOPPED = UNKNOWN;
#endif
#ifdef WNOWAIT
/**
 * @var int
 * @cvalue WNOWAIT
 */
const WNOWAIT = UNKNOWN;
#endif
#endif

/* getpriority()/setpriority()'s modes */
/**
 * @var int
 * @cvalue PRIO_PGRP
 */
const PRIO_PGRP = UNKNOWN;
/**
 * @var int
 * @cvalue PRIO_USER
 */
const PRIO_USER = UNKNOWN;
/**
 * @var int
 * @cvalue PRIO_PROCESS
 */
const PRIO_PROCESS = UNKNOWN;

/* unshare()'s flags (Linux) */
#ifdef __linux__
/**
 * @var int
 * @cvalue CLONE_NEWNS
 */
const CLONE_NEWNS = UNKNOWN;
#ifdef CLONE_NEWIPC
/**
 * @var int
 * @cvalue CLONE_NEWIPC
 */
const CLONE_NEWIPC = UNKNOWN;
#endif
#ifdef CLONE_NEWUTS
/**
 * @var int
 * @cvalue CLONE_NEWUTS
 */
const CLONE_NEWUTS = UNKNOWN;
#endif
#ifdef CLONE_NEWNET
/**
 * @var int
 * @cvalue CLONE_NEWNET
 */
const CLONE_NEWNET = UNKNOWN;
#endif
#ifdef CLONE_NEWPID
/**
 * @var int
 * @cvalue CLONE_NEWPID
 */
const CLONE_NEWPID = UNKNOWN;
#endif
#ifdef CLONE_NEWUSER
/**
 * @var int
 * @cvalue CLONE_NEWUSER
 */
const CLONE_NEWUSER = UNKNOWN;
#endif
#ifdef CLONE_NEWCGROUP
/**
 * @var int
 * @cvalue CLONE_NEWCGROUP
 */
const CLONE_NEWCGROUP = UNKNOWN;
#endif
#endif

#ifdef EINTR
/**
 * @var int
 * @cvalue EINTR
 */
const PCNTL_EINTR = UNKNOWN;
#endif
#ifdef ECHILD
/**
 * @var int
 * @cvalue ECHILD
 */
const PCNTL_ECHILD = UNKNOWN;
#endif
#ifdef EINVAL
/**
 * @var int
 * @cvalue EINVAL
 */
const PCNTL_EINVAL = UNKNOWN;
#endif
#ifdef EAGAIN
/**
 * @var int
 * @cvalue EAGAIN
 */
const PCNTL_EAGAIN = UNKNOWN;
#endif
#ifdef ESRCH
/**
 * @var int
 * @cvalue ESRCH
 */
const PCNTL_ESRCH = UNKNOWN;
#endif
#ifdef EACCES
/**
 * @var int
 * @cvalue EACCES
 */
const PCNTL_EACCES = UNKNOWN;
#endif
#ifdef EPERM
/**
 * @var int
 * @cvalue EPERM
 */
const PCNTL_EPERM = UNKNOWN;
#endif
#ifdef ENOMEM
/**
 * @var int
 * @cvalue ENOMEM
 */
const PCNTL_ENOMEM = UNKNOWN;
#endif
#ifdef E2BIG
/**
 * @var int
 * @cvalue E2BIG
 */
const PCNTL_E2BIG = UNKNOWN;
#endif
#ifdef EFAULT
/**
 * @var int
 * @cvalue EFAULT
 */
const PCNTL_EFAULT = UNKNOWN;
#endif
#ifdef EIO
/**
 * @var int
 * @cvalue EIO
 */
const PCNTL_EIO = UNKNOWN;
#endif
#ifdef EISDIR
/**
 * @var int
 * @cvalue EISDIR
 */
const PCNTL_EISDIR = UNKNOWN;
#endif
#ifdef ELIBBAD
/**
 * @var int
 * @cvalue ELIBBAD
 */
const PCNTL_ELIBBAD = UNKNOWN;
#endif
#ifdef ELOOP
/**
 * @var int
 * @cvalue ELOOP
 */
const PCNTL_ELOOP = UNKNOWN;
#endif
#ifdef EMFILE
/**
 * @var int
 * @cvalue EMFILE
 */
const PCNTL_EMFILE = UNKNOWN;
#endif
#ifdef ENAMETOOLONG
/**
 * @var int
 * @cvalue ENAMETOOLONG
 */
const PCNTL_ENAMETOOLONG = UNKNOWN;
#endif
#ifdef ENFILE
/**
 * @var int
 * @cvalue ENFILE
 */
const PCNTL_ENFILE = UNKNOWN;
#endif
#ifdef ENOENT
/**
 * @var int
 * @cvalue ENOENT
 */
const PCNTL_ENOENT = UNKNOWN;
#endif
#ifdef ENOEXEC
/**
 * @var int
 * @cvalue ENOEXEC
 */
const PCNTL_ENOEXEC = UNKNOWN;
#endif
#ifdef ENOTDIR
/**
 * @var int
 * @cvalue ENOTDIR
 */
const PCNTL_ENOTDIR = UNKNOWN;
#endif
#ifdef ETXTBSY
/**
 * @var int
 * @cvalue ETXTBSY
 */
const PCNTL_ETXTBSY = UNKNOWN;
#endif
#ifdef ENOSPC
/**
 * @var int
 * @cvalue ENOSPC
 */
const PCNTL_ENOSPC = UNKNOWN;
#endif
#ifdef EUSERS
/**
 * @var int
 * @cvalue EUSERS
 */
const PCNTL_EUSERS = UNKNOWN;
#endif

function pcntl_fork(): int {}

/**
 * @param int $status
 * @param array $resource_usage
 */
function pcntl_waitpid(int $process_id, &$status, int $flags = 0, &$resource_usage = []): int {}

#if PHP_VERSION_ID >= 80500
/**
 * @param array $info
 * @param array $resource_usage
 */
function pcntl_waitid(int $idtype = P_ALL, ?int $id = null, &$info = [], int $flags = WEXITED, &$resource_usage = []): bool {}
#endif
#if PHP_VERSION_ID >= 80400 && PHP_VERSION_ID < 80500
/** @param array $info */
function pcntl_waitid(int $idtype = P_ALL, ?int $id = null, &$info = [], int $flags = WEXITED): bool {}
#endif

/**
 * @param int $status
 * @param array $resource_usage
 */
function pcntl_wait(&$status, int $flags = 0, &$resource_usage = []): int {}

#if PHP_VERSION_ID >= 80600
/** @param callable|int $handler */
function pcntl_signal(int $signal, $handler, ?bool $restart_syscalls = null): bool {}
#else
/** @param callable|int $handler */
function pcntl_signal(int $signal, $handler, bool $restart_syscalls = true): bool {}
#endif

/** @return callable|int */
function pcntl_signal_get_handler(int $signal) {}

function pcntl_signal_dispatch(): bool {}

/** @param array $old_signals */
function pcntl_sigprocmask(int $mode, array $signals, &$old_signals = null): bool {}

/** @param array $info */
function pcntl_sigwaitinfo(array $signals, &$info = []): int|false {}

/** @param array $info */
function pcntl_sigtimedwait(array $signals, &$info = [], int $seconds = 0, int $nanoseconds = 0): int|false {}

function pcntl_wifexited(int $status): bool {}

function pcntl_wifstopped(int $status): bool {}

function pcntl_wifcontinued(int $status): bool {}

function pcntl_wifsignaled(int $status): bool {}

function pcntl_wexitstatus(int $status): int|false {}

function pcntl_wtermsig(int $status): int|false {}

function pcntl_wstopsig(int $status): int|false {}

#if PHP_VERSION_ID >= 80500
function pcntl_exec(string $path, array $args = [], array $env_vars = []): false {}
#else
function pcntl_exec(string $path, array $args = [], array $env_vars = []): bool {}
#endif

function pcntl_alarm(int $seconds): int {}

function pcntl_get_last_error(): int {}

/** @alias pcntl_get_last_error */
function pcntl_errno(): int {}

function pcntl_getpriority(?int $process_id = null, int $mode = PRIO_PROCESS): int|false {}

function pcntl_setpriority(int $priority, ?int $process_id = null, int $mode = PRIO_PROCESS): bool {}

/** @refcount 1 */
function pcntl_strerror(int $error_code): string {}

function pcntl_async_signals(?bool $enable = null): bool {}

#ifdef __linux__
function pcntl_unshare(int $flags): bool {}
#endif

#if PHP_VERSION_ID >= 80400 && defined(__linux__)
function pcntl_getcpuaffinity(?int $process_id = null): array|false {}

function pcntl_setcpuaffinity(?int $process_id = null, array $cpu_ids = []): bool {}

function pcntl_getcpu(): int {}
#endif
