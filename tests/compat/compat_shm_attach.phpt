--TEST--
compat: shm_attach() sizes, too small a segment, the default size, handles and shm_* signatures are the same with sysvshm and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['shm_attach']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['shm_attach']);
?>
--EXPECTF--
real:  sysvshm
fileq: fileq
shm_attach: same output
ValueError: shm_attach(): Argument #2 ($size) must be greater than 0
ValueError: shm_attach(): Argument #2 ($size) must be greater than 0
-- too small for the head

Warning: shm_attach(): Failed for key 0x%x: memorysize too small in %s/shm_attach.inc on line 10
bool(false)
-- the default size (sysvshm.init_mem, 10000)

Warning: shm_put_var(): Not enough shared memory left in %s/shm_attach.inc on line 14
bool(true)
bool(false)
-- handles
Error: Trying to clone an uncloneable object of class SysvSharedMemory
Exception: Serialization of 'SysvSharedMemory' is not allowed
Error: Cannot directly construct SysvSharedMemory, use shm_attach() instead
Error: Cannot create dynamic property SysvSharedMemory::$p
array(0) {
}
class SysvSharedMemory: final=true internal=true methods=0 properties=0 interfaces= parent=false constructor=NULL
shm_attach(int $key, ?int $size = NULL, int $permissions = 438): SysvSharedMemory|false required=1 deprecated=false
shm_detach(SysvSharedMemory $shm): %s required=1 deprecated=false
shm_has_var(SysvSharedMemory $shm, int $key): bool required=2 deprecated=false
shm_remove(SysvSharedMemory $shm): bool required=1 deprecated=false
shm_put_var(SysvSharedMemory $shm, int $key, mixed $value): bool required=3 deprecated=false
shm_get_var(SysvSharedMemory $shm, int $key): mixed required=2 deprecated=false
shm_remove_var(SysvSharedMemory $shm, int $key): bool required=2 deprecated=false
-- IPC_PRIVATE: a new segment each time
bool(false)
