--TEST--
FileQ\Queue::read(): a negative cursor, one inside the header or between frames is a ValueError
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 32);
$q->push('x');
foreach ([-1, 0, 100, 4097, 4096 + 31] as $cursor) {
    try {
        $q->read($cursor);
    } catch (ValueError $e) {
        echo str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
var_dump($q->read(4096));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_read_bad_cursor.q'); ?>
--EXPECT--
FileQ\Queue::read(): Argument #1 ($cursor) must be greater than or equal to 0
cursor 0 is not the start of a frame of 'FILE'
cursor 100 is not the start of a frame of 'FILE'
cursor 4097 is not the start of a frame of 'FILE'
cursor 4127 is not the start of a frame of 'FILE'
string(1) "x"
