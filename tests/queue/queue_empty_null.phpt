--TEST--
FileQ\Queue: pop() and shift() on an empty queue return null, and the queue stays usable
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
var_dump($q->pop(), $q->shift(), count($q));
$q->push('x');
var_dump($q->pop(), $q->pop(), $q->shift());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_empty_null.q'); ?>
--EXPECT--
NULL
NULL
int(0)
string(1) "x"
NULL
NULL
