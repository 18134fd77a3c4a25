--TEST--
FileQ\Process::ignore() ignores a signal; signal($sig, null) gives it back its default action
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/process_signal_reset.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
try {
    $pid = Process::fork(function () use ($path) {
        Process::ignore(Process::SIGTERM);
        Process::signal(Process::SIGUSR1, function () { echo "not called\n"; });
        Process::signal(Process::SIGUSR1, null);
        (new Fifo($path))->write('ready');
        for ($i = 0; $i < 300; $i++) {
            usleep(100000);
        }
        return 3;
    });
    echo "child says ", $fifo->read(5, 30), "\n";
    Process::kill($pid, Process::SIGTERM);  // ignored
    usleep(100000);
    var_dump(Process::wait($pid, false));
    Process::kill($pid, Process::SIGUSR1);  // default action: terminate
    $st = Process::wait($pid);
    var_dump($st['exitCode'], $st['signal'] === Process::SIGUSR1);
} finally {
    $fifo->remove();
}
?>
--EXPECT--
child says ready
NULL
NULL
bool(true)
