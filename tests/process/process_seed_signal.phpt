--TEST--
FileQ\Process: the seed's signal example (the parent sends SIGINT, the child's handler prints and exits)
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/process_seed_signal.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$ready = new Fifo(__DIR__ . '/' . basename(__FILE__, '.php') . '.fifo');
$parentPid = Process::pid();
echo "parent progress started\n";

$pid = Process::fork(function () use ($ready) {
    Process::signal(Process::SIGINT, function (int $signo) {
        echo "child progress, oh no, I'm killed by ", $signo === Process::SIGINT ? 'SIGINT' : $signo, "!\n";
        exit(1);
    });
    echo "child progress is running!\n";
    $ready->write('r');
    while (true) {
        sleep(1);
    }
});
try {
    $ready->read(1, 30);   // the child's handler is in place
    usleep(200000);
    Process::kill($pid, Process::SIGINT);
    $st = Process::wait($pid);
    echo "child ended: exitCode {$st['exitCode']}, signal ", var_export($st['signal'], true), "\n";
} finally {
    $ready->remove();
}
echo "main progress end!\n";
?>
--EXPECT--
parent progress started
child progress is running!
child progress, oh no, I'm killed by SIGINT!
child ended: exitCode 1, signal NULL
main progress end!
