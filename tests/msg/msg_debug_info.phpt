--TEST--
var_dump() of a MessageQueue shows its key, id and message count; once removed, the error instead of the count, nothing thrown
--EXTENSIONS--
fileq
--FILE--
<?php
$key = ftok(__FILE__, 'd');
$q = new FileQ\MessageQueue($key);
try {
    $q->send('one');
    $q->send('two');
    var_dump($q);
} finally {
    $q->remove();
}
var_dump($q);
echo "still here\n";
?>
--EXPECTF--
object(FileQ\MessageQueue)#%d (3) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["count"]=>
  int(2)
}
object(FileQ\MessageQueue)#%d (3) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["error"]=>
  string(%d) "FileQ\IOException: msgctl(IPC_STAT) on queue key 0x%x (id %d): Identifier removed"
}
still here
