--TEST--
FileQ\Fifo::write() after the reader left: FileQ\IOException (EPIPE), and SIGPIPE does not kill the writer
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_epipe.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
// SIGPIPE back to its default action (terminate): PHP's CLI ignores it otherwise.
Process::signal(Process::SIGPIPE, null);
try {
    $pid = Process::fork(function () use ($path) {
        $got = (new Fifo($path))->read(5, 30);
        echo "reader got: $got\n";
        return 0;
    });
    $written = $fifo->write('hello');
    Process::wait($pid);
    var_dump($written);
    try {
        $fifo->write('nobody is reading');
        echo "written\n";
    } catch (FileQ\IOException $e) {
        echo get_class($e), " (", $e->getCode() === 32 ? 'EPIPE' : $e->getCode(), "): ",
            str_replace($path, 'PATH', $e->getMessage()), "\n";
    }
    echo "the writer is still alive\n";
} finally {
    $fifo->remove();
}
?>
--EXPECT--
reader got: hello
int(5)
FileQ\IOException (EPIPE): write 'PATH': Broken pipe (no process has the FIFO open for reading any more)
the writer is still alive
