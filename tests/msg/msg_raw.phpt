--TEST--
MessageQueue: raw mode sends bytes, and scalars as strings as msg_send does
--EXTENSIONS--
fileq
--FILE--
<?php
$q = new FileQ\MessageQueue(ftok(__FILE__, 'x'));
try {
    $bytes = "  spaces kept\0\xff  ";
    $q->send($bytes, 1, false);
    var_dump($q->receive(0, 100, false) === $bytes);
    foreach ([123, -0.5, 2.0, true, false, ""] as $v) {
        $q->send($v, 1, false);
        var_dump($q->receive(0, 100, false));
    }
    try {
        $q->send([1], 1, false);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
    $q->send('s:3:"abc";', 1, false);
    var_dump($q->receive());          // raw bytes that happen to be serialized
    $q->send('not serialized', 1, false);
    try {
        $q->receive();
    } catch (FileQ\CorruptException $e) {
        echo get_class($e), "\n";
    }
} finally {
    $q->remove();
}
?>
--EXPECT--
bool(true)
string(3) "123"
string(9) "-0.500000"
string(8) "2.000000"
string(1) "1"
string(1) "0"
string(0) ""
FileQ\MessageQueue::send(): Argument #1 ($message) must be of type string|int|float|bool when not serialized, array given
string(3) "abc"
FileQ\CorruptException
