--TEST--
FileQ\Queue: a frame whose checksum fails is never returned: pop/shift drop it, read() throws
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$a = $q->push('first');
$b = $q->push('second');
$c = $q->push('third');
// Damage the payload of the middle frame behind the queue's back.
$h = fopen($f, 'r+');
fseek($h, $b + 8);
fwrite($h, 'XX');
fclose($h);
try {
    $q->read($b);
} catch (FileQ\CorruptException $e) {
    echo str_replace($f, 'FILE', $e->getMessage()), "\n";
}
var_dump($q->pop(), $q->pop(), $q->pop(), $q->stats()['dropped']);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_torn_frame.q'); ?>
--EXPECT--
frame at cursor 4160 of 'FILE' is damaged (checksum mismatch)
string(5) "third"
string(5) "first"
NULL
int(1)
