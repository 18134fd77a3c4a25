--TEST--
FileQ\Queue: opening a queue with another frame size than its file holds is refused
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
(new FileQ\Queue($f, 128))->push('x');
try {
    new FileQ\Queue($f, 256);
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
var_dump((new FileQ\Queue($f, 128))->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_frame_size_mismatch.q'); ?>
--EXPECT--
FileQ\Exception: queue 'FILE' holds frames of 128 bytes, not 256
string(1) "x"
