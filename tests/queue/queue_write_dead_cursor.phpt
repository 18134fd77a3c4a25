--TEST--
FileQ\Queue::write() to a cursor whose frame was removed throws and writes nothing
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 32);
$a = $q->push('one');
$b = $q->push('two');
$q->pop();
try {
    $q->write($b, 'ghost');
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
var_dump(count($q), $q->read($b), $q->read($a));
try {
    $q->write(-4, 'x');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_write_dead_cursor.q'); ?>
--EXPECT--
FileQ\Exception: no frame at cursor 4128 of 'FILE'
int(1)
NULL
string(3) "one"
FileQ\Queue::write(): Argument #1 ($cursor) must be greater than or equal to 0
