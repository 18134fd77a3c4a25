--TEST--
MessageQueue::send() is read by msg_receive(), serialized and raw
--EXTENSIONS--
fileq
sysvmsg
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$q = new FileQ\MessageQueue($key);
$std = msg_get_queue($key);
try {
    $q->send(['list' => [1, 2], 'f' => 0.25], 6);
    var_dump(msg_receive($std, 0, $type, 1000, $msg, true, 0, $err), $type, $msg);
    $q->send("raw\0bytes", 2, false);
    var_dump(msg_receive($std, 2, $type, 1000, $msg, false), $type, bin2hex($msg));
    $q->send(7.5, 3, false);
    msg_send($std, 3, 7.5, false);
    msg_receive($std, 3, $type, 100, $a, false);
    msg_receive($std, 3, $type, 100, $b, false);
    var_dump($a === $b, $a);
} finally {
    $q->remove();
}
?>
--EXPECT--
bool(true)
int(6)
array(2) {
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["f"]=>
  float(0.25)
}
bool(true)
int(2)
string(18) "726177006279746573"
bool(true)
string(8) "7.500000"
