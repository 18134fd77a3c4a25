--TEST--
FileQ\Fifo::read() with a timeout on an empty FIFO throws FileQ\TimeoutException (and never hangs in open())
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_read_timeout.fifo'); ?>
--FILE--
<?php
use FileQ\Fifo;

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
try {
    foreach ([0.3, 0] as $timeout) {
        $start = microtime(true);
        try {
            $fifo->read(10, $timeout);
            echo "read returned\n";
        } catch (FileQ\TimeoutException $e) {
            $took = microtime(true) - $start;
            echo get_class($e), ": ", str_replace($path, 'PATH', $e->getMessage()), "\n";
            echo "waited at least the timeout and far less than 10 s: ",
                var_export($took >= $timeout - 0.05 && $took < 10, true), "\n";
        }
    }
} finally {
    $fifo->remove();
}
?>
--EXPECT--
FileQ\TimeoutException: read 'PATH': timed out
waited at least the timeout and far less than 10 s: true
FileQ\TimeoutException: read 'PATH': timed out
waited at least the timeout and far less than 10 s: true
