--TEST--
pcntl stand-in: Process::signal() and Process::restore() take a signal from pcntl_signal(): pcntl_async_signals() no longer switches it, pcntl_signal_get_handler() no longer reports it
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
use FileQ\Process;

$me = getmypid();
pcntl_signal(SIGUSR1, function () { echo "pcntl handler\n"; });
Process::signal(SIGUSR1, function () { echo "Process handler (async=false)\n"; }, false);
var_dump(pcntl_signal_get_handler(SIGUSR1));
pcntl_async_signals(true);
posix_kill($me, SIGUSR1);
echo "after kill: the Process handler waits for dispatch()\n";
Process::dispatch();

// Set to the default or ignored through Process: pcntl's handler is gone too.
pcntl_signal(SIGUSR2, function () { echo "pcntl handler\n"; });
Process::ignore(SIGUSR2);
var_dump(pcntl_signal_get_handler(SIGUSR2));

// Restored: the disposition from before fileq's first change, which pcntl was.
pcntl_signal(SIGHUP, function () { echo "pcntl handler\n"; });
Process::restore(SIGHUP);
var_dump(pcntl_signal_get_handler(SIGHUP));
Process::restore(SIGUSR1);
var_dump(pcntl_signal_get_handler(SIGUSR1));

// pcntl_signal() after Process::signal(): pcntl's again.
pcntl_async_signals(false);
Process::signal(SIGUSR1, function () { echo "Process handler\n"; });
pcntl_signal(SIGUSR1, $h = function () { echo "pcntl handler again\n"; });
var_dump(pcntl_signal_get_handler(SIGUSR1) === $h);
posix_kill($me, SIGUSR1);
echo "after kill: pcntl's handler waits for a dispatch\n";
pcntl_signal_dispatch();
?>
--EXPECT--
int(0)
after kill: the Process handler waits for dispatch()
Process handler (async=false)
int(0)
int(0)
int(0)
bool(true)
after kill: pcntl's handler waits for a dispatch
pcntl handler again
