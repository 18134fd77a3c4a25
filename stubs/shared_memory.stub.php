<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * A SysV shared memory segment in ext/sysvshm's layout: shm_get_var() reads
 * what put() writes, and get() reads what shm_put_var() wrote.
 *
 * @strict-properties
 * @not-serializable
 */
final class SharedMemory
{
    /**
     * @var int
     * @cvalue FQ_SHM_HEAD_SIZE
     */
    public const MIN_SIZE = UNKNOWN;

    /** Attaches the segment of $key, creating it with $size bytes when missing (an existing one keeps its size). */
    public function __construct(int $key, int $size = 10000, int $permissions = 0666) {}

    /** The segment of ftok($path, $project). */
    public static function fromPath(string $path, string $project = 'm', int $size = 10000, int $permissions = 0666): SharedMemory {}

    public function put(int $key, mixed $value): void {}

    public function get(int $key, mixed $default = null): mixed {}

    public function has(int $key): bool {}

    /** Removes the variable $key (nothing when it is not there). */
    public function delete(int $key): void {}

    /** @return array<int, int> */
    public function keys(): array {}

    /** ['size' => segment bytes, 'total' =>, 'used' =>, 'free' =>, 'count' => variables] */
    public function stat(): array {}

    /** Removes the segment (shmctl IPC_RMID) and detaches it: later calls on this object throw. */
    public function remove(): void {}

    public function getKey(): int {}

    public function getId(): int {}
}
