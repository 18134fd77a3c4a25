<?php

/** @generate-class-entries */

/*
 * ext/shmop's functions and class, registered by fileq only when PHP has no
 * shmop (see the README, "Running code written for the standard IPC
 * extensions"). Signatures as in php-src's ext/shmop/shmop.stub.php (8.2 to 8.5
 * declare the same).
 */

/**
 * @strict-properties
 * @not-serializable
 */
final class Shmop {}

function shmop_open(int $key, string $mode, int $permissions, int $size): Shmop|false {}

/** @refcount 1 */
function shmop_read(Shmop $shmop, int $offset, int $size): string {}

/** @deprecated */
function shmop_close(Shmop $shmop): void {}

function shmop_size(Shmop $shmop): int {}

function shmop_write(Shmop $shmop, string $data, int $offset): int {}

function shmop_delete(Shmop $shmop): bool {}
