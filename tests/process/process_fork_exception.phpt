--TEST--
FileQ\Process::fork(): an uncaught exception in the child is reported on stderr and exits 255
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

register_shutdown_function(function () { echo "shutdown function in ", getmypid() === $GLOBALS['parent'] ? 'parent' : 'child', "\n"; });
$parent = getmypid();
$pid = Process::fork(function (string $what) {
    throw new RuntimeException("the child failed: $what");
}, 'boom');
$st = Process::wait($pid);
var_dump($st['exitCode'], $st['signal']);
echo "parent goes on\n";
?>
--EXPECTF--
FileQ\Process::fork(): uncaught exception in child %d: RuntimeException: the child failed: boom in %sprocess_fork_exception.php:%d
Stack trace:
#0 [internal function]: {closure%S}('boom')
#1 %sprocess_fork_exception.php(%d): FileQ\Process::fork(Object(Closure), 'boom')
#2 {main}
int(255)
NULL
parent goes on
shutdown function in parent
