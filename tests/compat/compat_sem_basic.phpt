--TEST--
compat: sem_* counts, nowait, unacquired release, removal, auto_release and bad max_acquire behave the same with sysvsem and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['sem_basic']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['sem_basic']);
?>
--EXPECTF--
real:  sysvsem
fileq: fileq
sem_basic: same output
object(SysvSemaphore)#1 (0) {
}
-- two of two
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
-- release when not acquired

Warning: sem_release(): SysV semaphore for key 0x%x is not currently acquired in %s/sem_basic.inc on line 12
bool(false)
-- a second handle on the same key shares the count in the kernel
bool(true)
bool(true)
bool(false)

Warning: sem_release(): SysV semaphore for key 0x%x is not currently acquired in %s/sem_basic.inc on line 16
bool(true)
bool(true)
bool(false)
-- auto_release gives back what a freed handle held
bool(false)
bool(true)
bool(true)
bool(false)
-- without auto_release a freed handle keeps it (until the process exits)
bool(true)
bool(false)
-- bad arguments
ArgumentCountError: sem_acquire() expects at most 2 arguments, 3 given
TypeError: sem_release(): Argument #1 ($semaphore) must be of type SysvSemaphore, stdClass given
TypeError: sem_get(): Argument #1 ($key) must be of type int, string given
-- remove
bool(true)
-- after removal

Warning: sem_remove(): SysV semaphore for key 0x%x does not (any longer) exist in %s/sem_basic.inc on line 39
bool(false)

Warning: sem_acquire(): Failed to acquire key 0x%x: Invalid argument in %s/sem_basic.inc on line 40
bool(false)

Warning: sem_acquire(): Failed to acquire key 0x%x: Invalid argument in %s/sem_basic.inc on line 41
bool(false)

Warning: sem_release(): Failed to release key 0x%x: Invalid argument in %s/sem_basic.inc on line 42
bool(false)
-- max_acquire out of range: a warning, and a handle all the same

Warning: sem_get(): Failed for key 0x%x: Numerical result out of range in %s/sem_basic.inc on line 46
object(SysvSemaphore)#2 (0) {
}
bool(false)
bool(true)
bool(false)
bool(true)

Warning: sem_get(): Failed for key 0x%x: Numerical result out of range in %s/sem_basic.inc on line 53
bool(true)
