--TEST--
FileQ\Queue::pop() removes and returns the newest frame (LIFO)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
foreach (range(1, 4) as $i) {
    $q->push("m$i");
}
while (($m = $q->pop()) !== null) {
    echo $m, " left ", count($q), "\n";
}
var_dump($q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_pop_lifo.q'); ?>
--EXPECT--
m4 left 3
m3 left 2
m2 left 1
m1 left 0
NULL
