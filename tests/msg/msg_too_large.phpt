--TEST--
MessageQueue: a message larger than maxSize is refused and stays queued; NOERROR truncates; a message over the queue's size is refused
--EXTENSIONS--
fileq
--FILE--
<?php
$q = new FileQ\MessageQueue(ftok(__FILE__, 'x'));
try {
    $q->send(str_repeat('x', 100), 1, false);
    try {
        $q->receive(0, 10, false);
    } catch (FileQ\TooLargeException $e) {
        echo get_class($e), ' ', $e->getCode(), "\n";
        echo $e->getMessage(), "\n";
    }
    var_dump(count($q));
    var_dump($q->receive(0, 10, false, -1, FileQ\MessageQueue::NOERROR));
    var_dump(count($q));
    $max = $q->stat()['msg_qbytes'];
    try {
        $q->send(str_repeat('y', $max + 1), 1, false);
    } catch (FileQ\TooLargeException $e) {
        echo get_class($e), "\n";
    }
    var_dump(count($q));
} finally {
    $q->remove();
}
?>
--EXPECTF--
FileQ\TooLargeException 7
msgrcv on queue key 0x%x (id %d): the next message is larger than maxSize (10 bytes); it stays in the queue
int(1)
string(10) "xxxxxxxxxx"
int(0)
FileQ\TooLargeException
int(0)
