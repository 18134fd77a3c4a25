--TEST--
compat: SysvMessageQueue handles (no construct, clone, serialize, dynamic properties) and msg_* signatures are the same with sysvmsg and fileq
--SKIPIF--
<?php require __DIR__ . '/differential.inc'; fq_diff_skipif(['msg_handles']); ?>
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(['msg_handles']);
?>
--EXPECTF--
real:  sysvmsg
fileq: fileq
msg_handles: same output
object(SysvMessageQueue)#1 (0) {
}
string(16) "SysvMessageQueue"
bool(true)
bool(true)
bool(false)
bool(false)
Error: Trying to clone an uncloneable object of class SysvMessageQueue
Exception: Serialization of 'SysvMessageQueue' is not allowed
Exception: Unserialization of 'SysvMessageQueue' is not allowed
Error: Cannot directly construct SysvMessageQueue, use msg_get_queue() instead
Error: Cannot create dynamic property SysvMessageQueue::$x
ReflectionException: Class SysvMessageQueue is an internal class marked as final that cannot be instantiated without invoking its constructor
array(0) {
}
string(2) "{}"
string(40) "\SysvMessageQueue::__set_state(array(
))"
-- sent inside a message
Exception: Serialization of 'SysvMessageQueue' is not allowed
int(0)
class SysvMessageQueue: final=true internal=true methods=0 properties=0 interfaces= parent=false constructor=NULL
msg_get_queue(int $key, int $permissions = 438): SysvMessageQueue|false required=1 deprecated=false
msg_send(SysvMessageQueue $queue, int $message_type, $message, bool $serialize = true, bool $blocking = true, &$error_code = NULL): bool required=3 deprecated=false
msg_receive(SysvMessageQueue $queue, int $desired_message_type, &$received_message_type, int $max_message_size, mixed &$message, bool $unserialize = true, int $flags = 0, &$error_code = NULL): bool required=5 deprecated=false
msg_remove_queue(SysvMessageQueue $queue): bool required=1 deprecated=false
msg_stat_queue(SysvMessageQueue $queue): array|false required=1 deprecated=false
msg_set_queue(SysvMessageQueue $queue, array $data): bool required=2 deprecated=false
msg_queue_exists(int $key): bool required=1 deprecated=false
MSG_IPC_NOWAIT = 1
MSG_EAGAIN = 11
MSG_ENOMSG = 42
MSG_NOERROR = 2
MSG_EXCEPT = 4
