--TEST--
FileQ\Process::signal(SIGCHLD): the handler learns which child ended; wait() still reports it
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

Process::signal(Process::SIGCHLD, function (int $signo, array $info) {
    echo "SIGCHLD: child ", $info['pid'] === $GLOBALS['pid'] ? 'matches' : $info['pid'], ", status {$info['status']}\n";
});
$pid = Process::fork(function () {
    usleep(200000);
    return 9;
});
$st = Process::wait($pid);
echo "wait(): exitCode {$st['exitCode']}\n";
Process::signal(Process::SIGCHLD, null);
?>
--EXPECT--
SIGCHLD: child matches, status 9
wait(): exitCode 9
