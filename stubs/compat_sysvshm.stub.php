<?php

/** @generate-class-entries */

/*
 * ext/sysvshm's functions and class, registered by fileq only when PHP has no
 * sysvshm (see the README, "Running code written for the standard IPC extensions"). Signatures as in php-src's
 * ext/sysvshm/sysvshm.stub.php (PHP 8.2).
 */

/**
 * @strict-properties
 * @not-serializable
 */
final class SysvSharedMemory
{
}

function shm_attach(int $key, ?int $size = null, int $permissions = 0666): SysvSharedMemory|false {}

function shm_detach(SysvSharedMemory $shm): bool {}

function shm_has_var(SysvSharedMemory $shm, int $key): bool {}

function shm_remove(SysvSharedMemory $shm): bool {}

function shm_put_var(SysvSharedMemory $shm, int $key, mixed $value): bool {}

function shm_get_var(SysvSharedMemory $shm, int $key): mixed {}

function shm_remove_var(SysvSharedMemory $shm, int $key): bool {}
