<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * A named pipe (mkfifo). Each end is opened the first time it is used and
 * kept open; waits are poll()s, so timeouts hold and signals interrupt them.
 *
 * @strict-properties
 * @not-serializable
 */
final class Fifo
{
    /**
     * @var int
     * @cvalue PIPE_BUF
     */
    public const ATOMIC_SIZE = UNKNOWN;

    public function __construct(string $path, int $permissions = 0666) {}

    public function write(string $data, float $timeout = -1): int {}

    public function read(int $length, float $timeout = -1): string {}

    public function close(): void {}

    public function remove(): void {}

    public function getPath(): string {}
}
