--TEST--
MessageQueue: fromPath() uses ftok, exists() tells, getKey()/getId(), key 0 is a private queue
--EXTENSIONS--
fileq
--FILE--
<?php
$key = ftok(__FILE__, 'm');
var_dump(FileQ\MessageQueue::exists($key));
$q = FileQ\MessageQueue::fromPath(__FILE__, 'm', 0640);
try {
    var_dump($q->getKey() === $key, FileQ\MessageQueue::exists($key));
    var_dump(decoct($q->stat()['msg_perm.mode'] & 0777));
    $again = new FileQ\MessageQueue($key);
    var_dump($again->getId() === $q->getId());
    // 0xFFFFFFFF and -1 are the same 32-bit key, kept in ftok's signed form
    $p1 = new FileQ\MessageQueue(0);
    $p2 = new FileQ\MessageQueue(0);
    var_dump($p1->getId() !== $p2->getId(), $p1->getKey(), FileQ\MessageQueue::exists(0));
    $p1->remove();
    $p2->remove();
} finally {
    $q->remove();
}
var_dump(FileQ\MessageQueue::exists($key));
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
string(3) "640"
bool(true)
bool(true)
int(0)
bool(false)
bool(false)
