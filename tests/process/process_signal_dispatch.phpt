--TEST--
FileQ\Process::signal($sig, $fn, async: false): the handler runs at Process::dispatch(), with the signal and its siginfo
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

Process::signal(Process::SIGUSR1, function (int $signo, array $info) {
    echo "handler: signal ", $signo === Process::SIGUSR1 ? 'SIGUSR1' : $signo,
        ", sent by ", $info['pid'] === Process::pid() ? 'this process' : $info['pid'],
        ", keys ", implode(',', array_keys($info)), "\n";
}, false);
var_dump(Process::kill(Process::pid(), Process::SIGUSR1));
echo "signal sent, not dispatched yet\n";
Process::dispatch();
echo "after dispatch\n";
Process::dispatch();
echo "nothing pending: nothing runs\n";
?>
--EXPECT--
bool(true)
signal sent, not dispatched yet
handler: signal SIGUSR1, sent by this process, keys signo,code,errno,pid,uid
after dispatch
nothing pending: nothing runs
