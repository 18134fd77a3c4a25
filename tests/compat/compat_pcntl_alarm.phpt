--TEST--
pcntl stand-in: pcntl_alarm() returns the seconds left of the previous alarm; SIGALRM interrupts sleep()
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
pcntl_signal(SIGALRM, function ($s) { echo "alarm $s\n"; });
var_dump(pcntl_alarm(100));
var_dump(pcntl_alarm(1) >= 99);
$left = sleep(30);
var_dump($left > 0 && $left <= 30);
pcntl_signal_dispatch();
var_dump(pcntl_alarm(0));
?>
--EXPECT--
int(0)
bool(true)
bool(true)
alarm 14
int(0)
