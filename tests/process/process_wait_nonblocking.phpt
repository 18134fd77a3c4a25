--TEST--
FileQ\Process::wait($pid, false): null while the child runs, its status once it ended
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/process_wait_nonblocking.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
try {
    $pid = Process::fork(function () use ($path) {
        // Runs until the parent writes "go".
        return (new Fifo($path))->read(2, 30) === 'go' ? 5 : 1;
    });
    var_dump(Process::wait($pid, false));
    var_dump(Process::wait(-1, false));
    $fifo->write('go');
    $polls = 0;
    while (($st = Process::wait($pid, false)) === null) {
        usleep(10000);
        $polls++;
    }
    var_dump($st['pid'] === $pid, $st['exitCode'], $st['signal']);
} finally {
    $fifo->remove();
}
?>
--EXPECT--
NULL
NULL
bool(true)
int(5)
NULL
