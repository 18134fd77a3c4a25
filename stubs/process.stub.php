<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * Processes and signals: fork a callable, wait for children, send signals,
 * and handle signals with PHP callables.
 *
 * Signal handlers: the C handler only records the signal; the PHP callable
 * runs later, at a safe point: by default (async) as soon as the engine
 * reaches its next instruction, with no declare(ticks) and no
 * pcntl_async_signals(); with $async = false only in Process::dispatch().
 * Either way a blocking fileq wait (Process::wait(), Queue::wait(),
 * Fifo::read()/write()) that a signal interrupts runs the pending handlers
 * and then waits again; an exception thrown by a handler ends the wait.
 * Handlers are installed with SA_RESTART (unless $restartSyscalls is
 * false), as pcntl_signal() does; fileq's own waits wake up either way.
 * Handlers set in a request are removed at its end.
 *
 * With ext/pcntl loaded, pcntl_signal() and Process::signal() each install
 * their own C handler: for one signal the last one set wins (nothing
 * crashes), and Process::restore() gives back the one that was there before.
 *
 * @strict-properties
 * @not-serializable
 */
final class Process
{
    /**
     * @var int
     * @cvalue SIGHUP
     */
    public const SIGHUP = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGINT
     */
    public const SIGINT = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGQUIT
     */
    public const SIGQUIT = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGKILL
     */
    public const SIGKILL = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGUSR1
     */
    public const SIGUSR1 = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGUSR2
     */
    public const SIGUSR2 = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGPIPE
     */
    public const SIGPIPE = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGALRM
     */
    public const SIGALRM = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGTERM
     */
    public const SIGTERM = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGCHLD
     */
    public const SIGCHLD = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGCONT
     */
    public const SIGCONT = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGSTOP
     */
    public const SIGSTOP = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGTSTP
     */
    public const SIGTSTP = UNKNOWN;
    /**
     * @var int
     * @cvalue SIGWINCH
     */
    public const SIGWINCH = UNKNOWN;

    private function __construct() {}

    /**
     * Forks; returns the child's pid in the parent. The child runs
     * $fn(...$args) and exits with its int result (its low 8 bits), 0 when it
     * returns anything else; exit($n) inside gives $n; an uncaught exception
     * is printed on stderr and gives 255. The child never returns from fork()
     * and never runs the parent's shutdown work: output the parent had
     * buffered is discarded in the child (the parent sends it), the parent's
     * shutdown functions and the destructors of objects that existed before
     * the fork do not run in the child; the child's own shutdown functions
     * and the destructors of objects it created do.
     */
    public static function fork(callable $fn, mixed ...$args): int {}

    /**
     * Waits for a child ($pid) or any child (-1) to end:
     * ['pid' => int, 'exitCode' => int|null, 'signal' => int|null]
     * (exitCode null when a signal killed it, signal null when it exited).
     * null only when $block is false and no child has ended yet (a blocking
     * wait that a signal interrupts runs the handlers and waits again).
     * FileQ\Exception with code ECHILD (10) when there is no such child.
     *
     * @return array{pid: int, exitCode: int|null, signal: int|null}|null
     * @phpstan-return ($block is true ? array{pid: int, exitCode: int|null, signal: int|null} : array{pid: int, exitCode: int|null, signal: int|null}|null)
     */
    public static function wait(int $pid = -1, bool $block = true): ?array {}

    /**
     * Waits until every child of this process has ended (pcntl_fork() children
     * too): pid => exit code, or -signal for a child a signal killed.
     * [] when there are none.
     *
     * @return array<int, int>
     */
    public static function waitAll(): array {}

    /**
     * Sends $signal (0: only checks that the process exists) to a pid, to 0
     * (this process group) or to -group. true when sent, false when there is
     * no such process; FileQ\IOException for EPERM. -1 (every process) is refused.
     */
    public static function kill(int $pid, int $signal = 15): bool {}

    /**
     * Calls $handler(int $signal, array $info) when the signal arrives;
     * $info: signo, code, errno, pid and uid of the sender (and status for
     * SIGCHLD). null: the default action. ValueError for SIGKILL, SIGSTOP,
     * numbers out of range, 32 and 33 (the C library's own), and the fault
     * signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL), which a deferred PHP handler
     * cannot repair.
     * $async false: the handler runs only in Process::dispatch().
     * $restartSyscalls (SA_RESTART): system calls the signal interrupts go on,
     * and sleep()/usleep() sleep their whole time (the handler runs after);
     * false: they end early.
     *
     * @phpstan-param (callable(int, array{signo: int, code: int, errno: int, pid: int, uid: int, status?: int}): mixed)|null $handler
     */
    public static function signal(int $signal, ?callable $handler, bool $async = true, bool $restartSyscalls = true): void {}

    /** Ignores the signal (SIG_IGN). */
    public static function ignore(int $signal): void {}

    /** Gives the signal back the disposition it had before fileq first changed it. */
    public static function restore(int $signal): void {}

    /** Runs the handlers of the signals that arrived since the last dispatch. */
    public static function dispatch(): void {}

    public static function pid(): int {}

    public static function parentPid(): int {}
}
