<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * A SysV semaphore in ext/sysvsem's layout: it and sem_get() on the same key
 * are the same semaphore.
 *
 * @strict-properties
 * @not-serializable
 */
final class Semaphore
{
    /**
     * $maxAcquire processes may hold it at once (set by the first user). With $autoRelease, what this object holds is
     * given back when it is destroyed. Opening waits for other openers (sysvsem's protocol) at most the ini
     * fileq.lock_timeout: past it a FileQ\TimeoutException naming the pid in the way.
     */
    public function __construct(int $key, int $maxAcquire = 1, int $permissions = 0600, bool $autoRelease = true) {}

    /** The semaphore of ftok($path, $project). */
    public static function fromPath(string $path, string $project = 's', int $maxAcquire = 1, int $permissions = 0600, bool $autoRelease = true): Semaphore {}

    /** Blocks until acquired (-1), or up to $timeout seconds: false when it passed. */
    public function acquire(float $timeout = -1): bool {}

    public function release(): void {}

    /**
     * $fn($this) with the semaphore held; released however $fn ends. Returns
     * what $fn returns.
     *
     * @template T
     * @phpstan-param callable(static): T $fn
     * @return T
     */
    public function synchronized(callable $fn): mixed {}

    /** This process holds it (through this object). */
    public function isHeld(): bool {}

    /** How many more may acquire it now. */
    public function getValue(): int {}

    public function remove(): void {}

    public function getKey(): int {}

    public function getId(): int {}
}
