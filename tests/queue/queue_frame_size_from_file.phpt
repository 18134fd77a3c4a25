--TEST--
FileQ\Queue: a null frame size takes the file's own (256 for a new file); a given one that differs is refused; RAW has no size of its own (256)
--EXTENSIONS--
fileq
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$q = new FileQ\Queue("$base.new");
var_dump($q->getFrameSize());
$q = new FileQ\Queue("$base.q", 64);
$q->push('made with 64-byte frames');
$q = new FileQ\Queue("$base.q");
var_dump($q->getFrameSize(), $q->pop());
try {
    new FileQ\Queue("$base.q", 256);
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', str_replace($base, 'BASE', $e->getMessage()), "\n";
}
$r = new FileQ\Queue("$base.raw", null, FileQ\Queue::RAW);
var_dump($r->getFrameSize());
?>
--CLEAN--
<?php
$base = __DIR__ . '/queue_frame_size_from_file';
foreach (['new', 'q', 'raw'] as $x) {
    @unlink("$base.$x");
}
?>
--EXPECT--
int(256)
int(64)
string(24) "made with 64-byte frames"
FileQ\Exception: queue 'BASE.q' holds frames of 64 bytes, not 256
int(256)
