--TEST--
compat: a signal interrupting a blocking msg_receive() gives false and EINTR with sysvmsg and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_compat_skipif(__DIR__ . '/scripts/msg_signal.inc'); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_compat_diff(__DIR__ . '/scripts/msg_signal.inc');
?>
--EXPECTF--
real:  sysvmsg
fileq: fileq
same output
alarm
bool(false)
int(0)
bool(false)
int(4)
