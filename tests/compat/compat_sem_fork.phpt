--TEST--
compat: a forked child releases the SysvSemaphore hold it inherited, with sysvsem and with fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['sem_fork']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['sem_fork']);
?>
--EXPECTF--
real:  sysvsem
fileq: fileq
sem_fork: same output
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
