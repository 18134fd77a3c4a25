--TEST--
compat: a signal interrupting a blocking msg_receive() gives false and EINTR with sysvmsg and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['msg_signal']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['msg_signal']);
?>
--EXPECTF--
real:  sysvmsg
fileq: fileq
msg_signal: same output
alarm
bool(false)
int(0)
bool(false)
int(4)
