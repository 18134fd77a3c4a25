--TEST--
MessageQueue: receive() with a timeout throws TimeoutException near its deadline
--EXTENSIONS--
fileq
--FILE--
<?php
$q = new FileQ\MessageQueue(ftok(__FILE__, 'x'));
try {
    $t = microtime(true);
    try {
        $q->receive(0, 100, true, 0.3);
        echo "received?\n";
    } catch (FileQ\TimeoutException $e) {
        $dt = microtime(true) - $t;
        echo get_class($e), "\n";
        var_dump($dt >= 0.29 && $dt < 3.0);
        var_dump(str_contains($e->getMessage(), sprintf('key 0x%x', ftok(__FILE__, 'x'))));
    }
    $t = microtime(true);
    try {
        $q->receive(0, 100, true, 0);
    } catch (FileQ\TimeoutException $e) {
        var_dump(microtime(true) - $t < 1.0);
    }
    // a message that is there comes back at once, timeout or not
    $q->send('here');
    var_dump($q->receive(0, 100, true, 5));
} finally {
    $q->remove();
}
?>
--EXPECT--
FileQ\TimeoutException
bool(true)
bool(true)
bool(true)
string(4) "here"
