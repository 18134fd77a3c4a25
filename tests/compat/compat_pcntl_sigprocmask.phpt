--TEST--
pcntl stand-in: pcntl_sigprocmask() blocks a signal until it is unblocked, and fills &$old_signals
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
pcntl_signal(SIGUSR1, function ($s) { echo "handler $s\n"; });
var_dump(pcntl_sigprocmask(SIG_BLOCK, [SIGUSR1, SIGUSR2], $old), $old);
posix_kill(posix_getpid(), SIGUSR1);
pcntl_signal_dispatch();
echo "blocked\n";
var_dump(pcntl_sigprocmask(SIG_UNBLOCK, [SIGUSR1], $old), $old);
pcntl_signal_dispatch();
var_dump(pcntl_sigprocmask(SIG_SETMASK, [], $old), $old);
var_dump(pcntl_sigprocmask(SIG_BLOCK, [SIGUSR1, 9999]), pcntl_get_last_error() === PCNTL_EINVAL);
?>
--EXPECTF--
bool(true)
array(0) {
}
blocked
bool(true)
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(12)
}
handler 10
bool(true)
array(1) {
  [0]=>
  int(12)
}

Warning: pcntl_sigprocmask(): Invalid argument in %s on line %d
bool(false)
bool(true)
