--TEST--
FileQ\Process::fork(): a fatal error in the child is reported by PHP and the child exits 255; the parent goes on
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit needs the Zend allocator'); ?>
--FILE--
<?php
use FileQ\Process;

register_shutdown_function(function () { echo "shutdown function in ", getmypid() === $GLOBALS['parent'] ? 'parent' : 'child', "\n"; });
$parent = getmypid();
$pid = Process::fork(function () {
    ini_set('memory_limit', '8M');
    $s = str_repeat('x', 32 * 1024 * 1024);
    return 0;
});
$st = Process::wait($pid);
var_dump($st['exitCode'], $st['signal']);
?>
--EXPECTF--
Fatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate %d bytes) in %s on line %d
int(255)
NULL
shutdown function in parent
