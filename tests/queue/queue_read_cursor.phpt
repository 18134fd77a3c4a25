--TEST--
FileQ\Queue::read() returns the frame at a cursor without removing it; null where no frame lives
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 32);
$a = $q->push('first');
$b = $q->push('second');
$c = $q->push('third');
var_dump($q->read($b), $q->read($a), count($q));
$q->shift();
$q->pop();
var_dump($q->read($a), $q->read($b), $q->read($c), $q->read($c + 32 * 10));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_read_cursor.q'); ?>
--EXPECT--
string(6) "second"
string(5) "first"
int(3)
NULL
string(6) "second"
NULL
NULL
