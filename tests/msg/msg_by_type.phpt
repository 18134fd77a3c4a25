--TEST--
MessageQueue: receive by type (exact, lowest <= n, EXCEPT) and the received type
--EXTENSIONS--
fileq
--FILE--
<?php
$q = new FileQ\MessageQueue(ftok(__FILE__, 'x'));
try {
    foreach ([[3, 'c'], [1, 'a'], [2, 'b'], [3, 'c2'], [7, 'g']] as [$t, $m]) {
        $q->send($m, $t);
    }
    var_dump($q->receive(2));                                   // the first of type 2
    var_dump($q->receive(-3, 100, true, -1, 0, $type), $type);  // lowest type <= 3
    var_dump($q->receive(3, 100, true, -1, FileQ\MessageQueue::EXCEPT, $type), $type); // first not of type 3
    var_dump($q->receive(0, 100, true, -1, 0, $type), $type);   // first of any type
    var_dump($q->receive(3));
    var_dump(count($q));
    try {
        $q->receive(5, 100, true, 0);
    } catch (FileQ\TimeoutException $e) {
        echo "no message of type 5\n";
    }
} finally {
    $q->remove();
}
?>
--EXPECT--
string(1) "b"
string(1) "a"
int(1)
string(1) "g"
int(7)
string(1) "c"
int(3)
string(2) "c2"
int(0)
no message of type 5
