<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * What FileQ\SharedMemory does, for code that takes a segment and for its
 * tests: a class of your own that implements this interface stands in for
 * the segment. Methods may be added in a minor release of fileq.
 */
interface SharedMemoryInterface
{
    /** Stores $value (serialized) under $key. FileQ\TooLargeException when the segment has no room for it. */
    public function put(int $key, mixed $value): void;

    /**
     * $default when the key holds nothing. $allowedClasses as unserialize()'s allowed_classes, enums included: by
     * default no class (anyone allowed to attach could have written the value); an object of another class comes
     * back as __PHP_Incomplete_Class, a value naming another enum is a FileQ\Exception.
     *
     * @phpstan-param bool|list<class-string> $allowedClasses
     */
    public function get(int $key, mixed $default = null, array|bool $allowedClasses = false): mixed;

    public function has(int $key): bool;

    /** Removes the variable $key (nothing when it is not there). */
    public function delete(int $key): void;

    /**
     * The keys of the variables stored.
     *
     * @return list<int>
     */
    public function keys(): array;

    /**
     * size: the segment's bytes; total, used, free: bytes of the layout; count: variables stored.
     *
     * @return array{size: int, total: int, used: int, free: int, count: int}
     */
    public function stat(): array;

    /** Removes the segment (shmctl IPC_RMID) and detaches it: later calls on this object throw. */
    public function remove(): void;

    public function getKey(): int;

    public function getId(): int;
}

/**
 * A SysV shared memory segment in ext/sysvshm's layout: shm_get_var() reads
 * what put() writes, and get() reads what shm_put_var() wrote.
 *
 * @strict-properties
 * @not-serializable
 */
final class SharedMemory implements SharedMemoryInterface
{
    /**
     * @var int
     * @cvalue FQ_SHM_HEAD_SIZE
     */
    public const MIN_SIZE = UNKNOWN;

    /** Attaches the segment of $key, creating it with $size bytes when missing (an existing one keeps its size). */
    public function __construct(int $key, int $size = 10000, int $permissions = 0600) {}

    /** The segment of ftok($path, $project). */
    public static function fromPath(string $path, string $project = 'm', int $size = 10000, int $permissions = 0600): SharedMemory {}

    public function put(int $key, mixed $value): void {}

    public function get(int $key, mixed $default = null, array|bool $allowedClasses = false): mixed {}

    public function has(int $key): bool {}

    public function delete(int $key): void {}

    public function keys(): array {}

    public function stat(): array {}

    public function remove(): void {}

    public function getKey(): int {}

    public function getId(): int {}
}
