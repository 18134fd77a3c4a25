--TEST--
msg_send() is read by MessageQueue::receive(), serialized and raw
--EXTENSIONS--
fileq
sysvmsg
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$std = msg_get_queue($key);
$q = new FileQ\MessageQueue($key);
try {
    var_dump(msg_send($std, 9, ['k' => 'v', 1 => true]));
    var_dump($q->receive(9, 1000, true, 1, 0, $type), $type);
    var_dump(msg_send($std, 1, "  padded\0 ", false));
    var_dump(bin2hex($q->receive(0, 1000, false)));
    var_dump(msg_send($std, 1, 12345, false));
    var_dump($q->receive(0, 1000, false));
    var_dump($q->stat() == msg_stat_queue($std));
} finally {
    $q->remove();
}
?>
--EXPECT--
bool(true)
array(2) {
  ["k"]=>
  string(1) "v"
  [1]=>
  bool(true)
}
int(9)
bool(true)
string(20) "20207061646465640020"
bool(true)
string(5) "12345"
bool(true)
