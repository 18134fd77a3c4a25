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
 * Pcntl\QosClass are not provided. The signal constants are in
 * compat_pcntl_signals.stub.php.
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
