--TEST--
compat: a forked child releases the SysvSemaphore hold it inherited, with sysvsem and with fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_compat_skipif(__DIR__ . '/scripts/sem_fork.inc'); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_compat_diff(__DIR__ . '/scripts/sem_fork.inc');
?>
--EXPECTF--
real:  sysvsem
fileq: fileq
same output
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
