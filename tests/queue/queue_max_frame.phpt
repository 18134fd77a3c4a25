--TEST--
FileQ\Queue: the largest frame is accepted, one byte more is refused and nothing is written
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$max = 64 - FileQ\Queue::FRAME_OVERHEAD;
var_dump($q->getMaxPayload() === $max);
$q->push(str_repeat('a', $max));
clearstatcache();
$before = md5_file($f);
try {
    $q->push(str_repeat('b', $max + 1));
} catch (FileQ\TooLargeException $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
clearstatcache();
var_dump(md5_file($f) === $before, count($q), strlen($q->pop()));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_max_frame.q'); ?>
--EXPECT--
bool(true)
FileQ\TooLargeException: frame of 57 bytes exceeds the 56 bytes a frame of 'FILE' holds
bool(true)
int(1)
int(56)
