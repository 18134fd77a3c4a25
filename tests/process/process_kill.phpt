--TEST--
FileQ\Process::kill(): true when sent, false when there is no such process; signal 0 probes
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$pid = Process::fork(function () {
    for ($i = 0; $i < 300; $i++) {
        usleep(100000);
    }
    return 0;
});
var_dump(Process::kill($pid, 0));
var_dump(Process::kill($pid));
var_dump(Process::wait($pid)['signal'] === Process::SIGTERM);
var_dump(Process::kill($pid, 0));
var_dump(Process::kill($pid, Process::SIGTERM));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
