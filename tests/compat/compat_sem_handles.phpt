--TEST--
compat: SysvSemaphore handles and sem_* signatures are the same with sysvsem and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['sem_handles']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['sem_handles']);
?>
--EXPECTF--
real:  sysvsem
fileq: fileq
sem_handles: same output
Error: Trying to clone an uncloneable object of class SysvSemaphore
Exception: Serialization of 'SysvSemaphore' is not allowed
Exception: Unserialization of 'SysvSemaphore' is not allowed
Error: Cannot directly construct SysvSemaphore, use sem_get() instead
Error: Cannot create dynamic property SysvSemaphore::$p
bool(true)
array(0) {
}
class SysvSemaphore: final=true internal=true methods=0 properties=0 interfaces= parent=false constructor=NULL
sem_get(int $key, int $max_acquire = 1, int $permissions = 438, bool $auto_release = true): SysvSemaphore|false required=1 deprecated=false
sem_acquire(SysvSemaphore $semaphore, bool $non_blocking = false): bool required=1 deprecated=false
sem_release(SysvSemaphore $semaphore): bool required=1 deprecated=false
sem_remove(SysvSemaphore $semaphore): bool required=1 deprecated=false
bool(true)
