<?php

/** @generate-class-entries */

/*
 * ext/sysvshm's functions and class, registered by fileq only when PHP has no
 * sysvshm (see the README, "Running code written for the standard IPC extensions"). Signatures as in php-src's
 * ext/sysvshm/sysvshm.stub.php of the running PHP (8.5 made shm_detach() return true).
 */

/**
 * @strict-properties
 * @not-serializable
 */
final class SysvSharedMemory
{
}

function shm_attach(int $key, ?int $size = null, int $permissions = 0666): SysvSharedMemory|false {}

#if PHP_VERSION_ID >= 80500
function shm_detach(SysvSharedMemory $shm): true {}
#else
function shm_detach(SysvSharedMemory $shm): bool {}
#endif

function shm_has_var(SysvSharedMemory $shm, int $key): bool {}

function shm_remove(SysvSharedMemory $shm): bool {}

function shm_put_var(SysvSharedMemory $shm, int $key, mixed $value): bool {}

function shm_get_var(SysvSharedMemory $shm, int $key): mixed {}

function shm_remove_var(SysvSharedMemory $shm, int $key): bool {}
