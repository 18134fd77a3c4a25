--TEST--
FileQ\Process::signal(): by default the handler runs without dispatch() or ticks, as soon as the signal arrives
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$parent = Process::pid();
Process::signal(Process::SIGUSR2, function (int $signo, array $info) {
    echo "handler for ", $signo === Process::SIGUSR2 ? 'SIGUSR2' : $signo, "\n";
});
Process::kill(Process::pid(), Process::SIGUSR2);
echo "after kill()\n";

// A signal from another process ends a sleep() early and the handler runs at once
// ($restartSyscalls false: by default a sleep goes on to its end, process_signal_sleep.phpt).
Process::signal(Process::SIGUSR1, function () {
    echo "handler for SIGUSR1 from the child\n";
}, true, false);
$start = microtime(true);
$pid = Process::fork(function () use ($parent) {
    usleep(200000);
    Process::kill($parent, Process::SIGUSR1);
    return 0;
});
$left = sleep(20);
echo "sleep() interrupted: ", $left > 0 && microtime(true) - $start < 15 ? 'yes' : 'no', "\n";
var_dump(Process::wait($pid)['exitCode']);
?>
--EXPECT--
handler for SIGUSR2
after kill()
handler for SIGUSR1 from the child
sleep() interrupted: yes
int(0)
