--TEST--
FileQ\Queue: a frame size of 0, negative, too small for the frame header or too large is a ValueError
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
foreach ([0, -1, -256, 8, 64 * 1024 * 1024 + 1, PHP_INT_MAX] as $size) {
    try {
        new FileQ\Queue($f, $size);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(file_exists($f));
var_dump((new FileQ\Queue($f, 9))->getMaxPayload());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_bad_frame_size.q'); ?>
--EXPECT--
FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 9 and 67108864
FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 9 and 67108864
FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 9 and 67108864
FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 9 and 67108864
FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 9 and 67108864
FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 9 and 67108864
bool(false)
int(1)
