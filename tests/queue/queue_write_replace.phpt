--TEST--
FileQ\Queue::write() replaces a frame in place; an oversize replacement leaves the old one
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 32);
$a = $q->push('aaaa');
$b = $q->push('bbbb');
$q->write($a, "new\0value");
var_dump($q->read($a), count($q));
try {
    $q->write($b, str_repeat('z', 25));
} catch (FileQ\TooLargeException $e) {
    echo get_class($e), "\n";
}
var_dump($q->pop(), $q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_write_replace.q'); ?>
--EXPECTF--
string(9) "new%0value"
int(2)
FileQ\TooLargeException
string(4) "bbbb"
string(9) "new%0value"
