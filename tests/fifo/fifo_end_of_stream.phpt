--TEST--
FileQ\Fifo::read() returns '' once every writer closed; the next read() waits for a new writer
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_end_of_stream.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
try {
    $pid = Process::fork(function () use ($path) {
        $out = new Fifo($path);
        $out->write('one');
        $out->close();
        sleep(1);   // generous: the parent sees the end of stream first
        $out->write('two');   // opens the write end again
        return 0;
    });
    var_dump($fifo->read(10, 30));
    var_dump($fifo->read(10, 30));
    var_dump($fifo->read(10, 30));
    var_dump(Process::wait($pid)['exitCode']);
} finally {
    $fifo->remove();
}
?>
--EXPECT--
string(3) "one"
string(0) ""
string(3) "two"
int(0)
