--TEST--
pcntl stand-in: pcntl_async_signals(true) runs handlers at the next VM interrupt; off again, they wait for a dispatch
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
var_dump(pcntl_async_signals());
pcntl_signal(SIGUSR1, function ($s) { echo "handler $s\n"; });
posix_kill(posix_getpid(), SIGUSR1);
echo "not async yet\n";
var_dump(pcntl_async_signals(true));
posix_kill(posix_getpid(), SIGUSR1);
echo "after the async kill\n";
var_dump(pcntl_async_signals(false));
posix_kill(posix_getpid(), SIGUSR1);
echo "sync again\n";
pcntl_signal_dispatch();
?>
--EXPECT--
bool(false)
not async yet
bool(false)
handler 10
handler 10
after the async kill
bool(true)
sync again
handler 10
