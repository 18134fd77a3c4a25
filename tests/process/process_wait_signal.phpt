--TEST--
FileQ\Process::wait(): a child killed by a signal reports the signal and a null exitCode
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

foreach ([Process::SIGTERM, Process::SIGKILL] as $sig) {
    $pid = Process::fork(function () {
        for ($i = 0; $i < 300; $i++) {
            usleep(100000);
        }
        return 0;
    });
    var_dump(Process::kill($pid, $sig));
    $st = Process::wait($pid);
    var_dump($st['pid'] === $pid, $st['exitCode'], $st['signal'] === $sig);
}
?>
--EXPECT--
bool(true)
bool(true)
NULL
bool(true)
bool(true)
bool(true)
NULL
bool(true)
