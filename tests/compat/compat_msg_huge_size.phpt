--TEST--
compat: msg_receive() with a $max_message_size over memory_limit fails with the same fatal error with sysvmsg and fileq
--SKIPIF--
<?php if (getenv('SKIP_ASAN') || getenv('FILEQ_VALGRIND')) die('skip the memory checker changes how a huge allocation fails'); require __DIR__ . '/differential.inc'; fq_diff_skipif(['msg_huge_size']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['msg_huge_size']);
?>
--EXPECTF--
real:  sysvmsg
fileq: fileq
msg_huge_size: same output
bool(true)
string(5) "small"
bool(true)
-- more than memory_limit
%Aof %d bytes exhausted (tried to allocate %d bytes) in %s/msg_huge_size.inc on line 11
[exit status %d]
