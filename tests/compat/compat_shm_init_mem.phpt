--TEST--
compat: sysvshm.init_mem sets shm_attach()'s default size, with sysvshm and with fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_compat_skipif(__DIR__ . '/scripts/shm_init_mem.inc'); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_compat_diff(__DIR__ . '/scripts/shm_init_mem.inc');
?>
--EXPECTF--
real:  sysvshm
fileq: fileq
same output
bool(true)

Warning: shm_put_var(): Not enough shared memory left in %s/shm_init_mem.inc on line 8
bool(false)
bool(false)
