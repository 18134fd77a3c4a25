--TEST--
pcntl stand-in: with declare(ticks=1) a handler runs at the next tick, with no dispatch call
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
declare(ticks=1);
pcntl_signal(SIGUSR1, function ($s) { echo "tick handler $s\n"; });
posix_kill(posix_getpid(), SIGUSR1);
echo "after the kill\n";
?>
--EXPECT--
tick handler 10
after the kill
