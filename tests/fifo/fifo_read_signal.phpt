--TEST--
FileQ\Fifo::read(): a signal during the wait runs its handler, then the read goes on
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_read_signal.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
$parent = Process::pid();
Process::signal(Process::SIGUSR1, function () {
    echo "handler ran during read()\n";
}, false);   // not async: only the interrupted wait can have run it
try {
    $pid = Process::fork(function () use ($path, $parent) {
        $out = new Fifo($path);
        usleep(300000);
        Process::kill($parent, Process::SIGUSR1);
        sleep(1);   // generous: the parent's handler runs well before the data comes
        $out->write('data after the signal');
        return 0;
    });
    var_dump($fifo->read(100, 30));
    Process::wait($pid);
} finally {
    $fifo->remove();
}
?>
--EXPECT--
handler ran during read()
string(21) "data after the signal"
