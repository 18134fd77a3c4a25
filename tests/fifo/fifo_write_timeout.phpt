--TEST--
FileQ\Fifo::write() with a timeout and no reader throws FileQ\TimeoutException
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_write_timeout.fifo'); ?>
--FILE--
<?php
use FileQ\Fifo;

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
try {
    $start = microtime(true);
    try {
        $fifo->write('nobody reads this', 0.3);
    } catch (FileQ\TimeoutException $e) {
        echo str_replace($path, 'PATH', $e->getMessage()), "\n";
        $took = microtime(true) - $start;
        var_dump($took >= 0.25 && $took < 10);
    }
} finally {
    $fifo->remove();
}
?>
--EXPECT--
open 'PATH': timed out waiting for a reader
bool(true)
