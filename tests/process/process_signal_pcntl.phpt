--TEST--
FileQ\Process and ext/pcntl handlers coexist: different signals both run, on one signal the last one set wins
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!function_exists('pcntl_signal')) die('skip pcntl not loaded');
// fileq's own pcntl_signal() (PHP without pcntl) shares FileQ\Process's table: one owner, nothing to coexist with.
if ((new ReflectionFunction('pcntl_signal'))->getExtensionName() !== 'pcntl') die('skip needs the real pcntl');
?>
--FILE--
<?php
use FileQ\Process;

pcntl_async_signals(false);
pcntl_signal(SIGUSR1, function (int $sig) { echo "pcntl handler for SIGUSR1\n"; });
Process::signal(Process::SIGUSR2, function (int $sig) { echo "fileq handler for SIGUSR2\n"; });
Process::kill(Process::pid(), Process::SIGUSR1);
echo "SIGUSR1 sent: pcntl's handler waits for pcntl_signal_dispatch()\n";
pcntl_signal_dispatch();
Process::kill(Process::pid(), Process::SIGUSR2);
echo "SIGUSR2 sent: fileq's handler ran at once\n";

// One signal, two owners: the last sigaction wins, nothing crashes.
Process::signal(Process::SIGUSR1, function () { echo "fileq handler for SIGUSR1\n"; });
Process::kill(Process::pid(), Process::SIGUSR1);
pcntl_signal_dispatch();
pcntl_signal(SIGUSR1, function () { echo "pcntl handler for SIGUSR1 again\n"; });
Process::kill(Process::pid(), Process::SIGUSR1);
Process::dispatch();
echo "fileq's dispatch() does not run pcntl's handlers\n";
pcntl_signal_dispatch();

// Process::restore() gives the signal back to what it was before fileq first set it:
// pcntl's C handler, which calls pcntl's current PHP handler.
Process::signal(Process::SIGUSR1, function () { echo "fileq again\n"; });
Process::restore(Process::SIGUSR1);
Process::kill(Process::pid(), Process::SIGUSR1);
pcntl_signal_dispatch();
echo "done\n";
?>
--EXPECT--
SIGUSR1 sent: pcntl's handler waits for pcntl_signal_dispatch()
pcntl handler for SIGUSR1
fileq handler for SIGUSR2
SIGUSR2 sent: fileq's handler ran at once
fileq handler for SIGUSR1
fileq's dispatch() does not run pcntl's handlers
pcntl handler for SIGUSR1 again
pcntl handler for SIGUSR1 again
done
