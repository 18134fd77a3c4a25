--TEST--
compat: sysvshm.init_mem sets shm_attach()'s default size, with sysvshm and with fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['shm_init_mem']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['shm_init_mem']);
?>
--EXPECTF--
real:  sysvshm
fileq: fileq
shm_init_mem: same output
bool(true)

Warning: shm_put_var(): Not enough shared memory left in %s/shm_init_mem.inc on line 8
bool(false)
bool(false)
