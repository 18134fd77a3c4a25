--TEST--
FileQ\Queue::RAW: shift() is refused (the seed layout is a stack) and the file is left as it was
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 16, FileQ\Queue::RAW);
$q->push('a');
$q->push('b');
try {
    $q->shift();
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
var_dump(count($q), $q->pop(), $q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_raw_shift_refused.q'); ?>
--EXPECT--
FileQ\Exception: shift() needs the framed format: the RAW layout of 'FILE' is a stack emptied from the end
int(2)
string(1) "b"
string(1) "a"
