--TEST--
Trust: two processes of different PID namespaces with the same pid (1, each in its own, via unshare --pid --fork) are told apart: the second waits for the first and times out naming it, instead of being told the queue is locked by a handle of its own process
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!function_exists('posix_getuid') || posix_getuid() !== 0) die('skip run as root (unshare --pid)');
exec('unshare --pid --fork true 2>&1', $out, $rc);
if ($rc !== 0) die('skip unshare --pid --fork is not available here: ' . implode(' ', $out));
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$php = ['unshare', '--pid', '--fork', PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=fileq'];
$lock = function (float $hold) {
    return 'echo "pid ", getmypid(), ": ";'
        . 'try { $q = new FileQ\Queue($argv[1], 64, 0, 0600, 0.5);'
        . '$q->transaction(function () { echo "holds the lock\n"; usleep(' . (int) ($hold * 1e6) . '); }); }'
        . 'catch (FileQ\Exception $e) { echo get_class($e), ": ", str_replace($argv[1], "FILE", $e->getMessage()), "\n"; }';
};
$first = proc_open([...$php, '-r', $lock(3.0), $f], [1 => ['pipe', 'w']], $p1);
echo fgets($p1[1]);
$second = proc_open([...$php, '-r', $lock(0), $f], [1 => ['pipe', 'w']], $p2);
echo stream_get_contents($p2[1]);
proc_close($second);
proc_terminate($first, 9);
proc_close($first);
@unlink($f);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/trust_pid_namespace.q'); ?>
--EXPECT--
pid 1: holds the lock
pid 1: FileQ\TimeoutException: lock 'FILE': not had within 0.500 s (held by pid 1 of another pid namespace)
