--TEST--
compat: msg_receive() with a $max_message_size of PHP_INT_MAX fails with the same fatal error with sysvmsg and fileq
--SKIPIF--
<?php if (getenv('SKIP_ASAN') || getenv('FILEQ_VALGRIND')) die('skip the memory checker changes how a huge allocation fails'); require __DIR__ . '/differential.inc'; fq_diff_skipif(['msg_max_size']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['msg_max_size']);
?>
--EXPECTF--
real:  sysvmsg
fileq: fileq
msg_max_size: same output
bool(true)
%Aof %d bytes exhausted (tried to allocate %d bytes) in %s/msg_max_size.inc on line 7
[exit status %d]
