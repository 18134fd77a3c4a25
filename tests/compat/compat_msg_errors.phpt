--TEST--
compat: msg_* failures (empty queue with MSG_IPC_NOWAIT, E2BIG, MSG_NOERROR, bad types, full queue, removed queue) give the same warnings, values and error codes with sysvmsg and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['msg_errors']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['msg_errors']);
?>
--EXPECTF--
real:  sysvmsg
fileq: fileq
msg_errors: same output
-- empty queue, MSG_IPC_NOWAIT
bool(false)
int(0)
bool(false)
int(42)
bool(true)
-- E2BIG: the message is longer than max_message_size
bool(false)
int(0)
bool(false)
int(7)
-- MSG_NOERROR truncates: the serialized value no longer parses

Warning: msg_receive(): Message corrupted in %s/msg_errors.inc on line 16
bool(false)
int(1)
bool(false)
int(0)
bool(true)
string(10) "s:50:"yyyy"
int(0)
-- garbage sent raw, received with unserialize

Warning: msg_receive(): Message corrupted in %s/msg_errors.inc on line 22
bool(false)
bool(false)
int(0)
-- trailing bytes after a serialized value
bool(true)
int(5)
int(0)
-- bad message types

Warning: msg_send(): msgsnd failed: Invalid argument in %s/msg_errors.inc on line 29
bool(false)
int(22)

Warning: msg_send(): msgsnd failed: Invalid argument in %s/msg_errors.inc on line 30
bool(false)
int(22)
-- a full queue, non-blocking send
bool(true)
int(64)
int(384)
int(0)
bool(true)
int(22)

Warning: msg_send(): msgsnd failed: Resource temporarily unavailable in %s/msg_errors.inc on line 37
bool(false)
int(11)
bool(true)
-- a message larger than the queue can ever hold (msgmax)

Warning: msg_send(): msgsnd failed: Invalid argument in %s/msg_errors.inc on line 39
bool(false)
int(22)
-- msg_set_queue: mode, unknown keys, conversions
bool(true)
int(128)
bool(true)
int(420)
int(2048)
array(10) {
  [0]=>
  string(12) "msg_perm.uid"
  [1]=>
  string(12) "msg_perm.gid"
  [2]=>
  string(13) "msg_perm.mode"
  [3]=>
  string(9) "msg_stime"
  [4]=>
  string(9) "msg_rtime"
  [5]=>
  string(9) "msg_ctime"
  [6]=>
  string(8) "msg_qnum"
  [7]=>
  string(10) "msg_qbytes"
  [8]=>
  string(9) "msg_lspid"
  [9]=>
  string(9) "msg_lrpid"
}
-- bad arguments
ValueError: msg_receive(): Argument #4 ($max_message_size) must be greater than 0
ValueError: msg_receive(): Argument #4 ($max_message_size) must be greater than 0
ArgumentCountError: msg_send() expects at most 6 arguments, 7 given
TypeError: msg_receive(): Argument #1 ($queue) must be of type SysvMessageQueue, string given
TypeError: msg_send(): Argument #2 ($message_type) must be of type int, string given
-- a typed reference for the error code
TypeError: Cannot assign int to reference held by property class@anonymous::$code of type ?array
-- exists
bool(true)
bool(false)
bool(true)
-- after removal
bool(false)
bool(false)
bool(false)
bool(false)

Warning: msg_send(): msgsnd failed: Invalid argument in %s/msg_errors.inc on line 92
bool(false)
int(22)
bool(false)
int(0)
bool(false)
int(22)
