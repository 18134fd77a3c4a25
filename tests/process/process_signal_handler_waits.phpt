--TEST--
FileQ\Process: a handler that itself waits (Process::wait()) is not disturbed by a second signal, which runs after it
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$parent = Process::pid();
$pid = Process::fork(function () use ($parent) {
    usleep(200000);
    Process::kill($parent, Process::SIGUSR1);   // the parent's handler waits for us
    usleep(300000);
    Process::kill($parent, Process::SIGUSR2);   // arrives during that wait
    sleep(1);
    return 6;
});
Process::signal(Process::SIGUSR2, function () {
    echo "SIGUSR2 handler\n";
});
Process::signal(Process::SIGUSR1, function () use ($pid) {
    echo "SIGUSR1 handler waits for the child\n";
    $before = getrusage();
    $st = Process::wait($pid);
    $after = getrusage();
    $cpu = ($after['ru_utime.tv_sec'] + $after['ru_stime.tv_sec'] - $before['ru_utime.tv_sec'] - $before['ru_stime.tv_sec'])
        + ($after['ru_utime.tv_usec'] + $after['ru_stime.tv_usec'] - $before['ru_utime.tv_usec'] - $before['ru_stime.tv_usec']) / 1e6;
    echo "child exited with {$st['exitCode']}; the wait did not spin: ", var_export($cpu < 0.5, true), "\n";
});
$start = microtime(true);
while (microtime(true) - $start < 30 && !isset($done)) {
    try {
        Process::wait($pid);
    } catch (FileQ\Exception $e) {
        $done = true;   // reaped by the handler
    }
}
echo "main flow goes on\n";
?>
--EXPECT--
SIGUSR1 handler waits for the child
child exited with 6; the wait did not spin: true
SIGUSR2 handler
main flow goes on
