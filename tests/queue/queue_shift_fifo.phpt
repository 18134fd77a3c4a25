--TEST--
FileQ\Queue::shift() removes and returns the oldest frame (FIFO)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
foreach (range(1, 4) as $i) {
    $q->push("m$i");
}
echo $q->shift(), $q->pop(), $q->shift(), $q->pop(), "\n";
var_dump($q->shift(), $q->pop(), count($q));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_shift_fifo.q'); ?>
--EXPECT--
m1m4m2m3
NULL
NULL
int(0)
