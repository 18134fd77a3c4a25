--TEST--
shmop stand-in: the same script prints the same with ext/shmop and with fileq's shmop_* and Shmop
--EXTENSIONS--
fileq
--SKIPIF--
<?php
require __DIR__ . '/differential.inc';
fq_diff_skipif(['shmop_basic']);
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['shmop_basic'], null, false);
?>
--EXPECT--
real:  shmop
fileq: fileq
shmop_basic: same output
