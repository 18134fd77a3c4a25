<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * Processes and signals: fork a callable, wait for children, send signals,
 * and handle signals with PHP callables.
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

    public static function fork(callable $fn, mixed ...$args): int {}

    public static function wait(int $pid = -1, bool $block = true): ?array {}

    public static function waitAll(): array {}

    public static function kill(int $pid, int $signal = 15): bool {}

    public static function signal(int $signal, ?callable $handler, bool $async = true): void {}

    public static function ignore(int $signal): void {}

    public static function restore(int $signal): void {}

    public static function dispatch(): void {}

    public static function pid(): int {}

    public static function parentPid(): int {}
}
