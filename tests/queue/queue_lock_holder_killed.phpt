--TEST--
FileQ\Queue: a process killed while it holds the lock (mid-transaction) does not block the others
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid', 'pcntl_wtermsig', 'posix_getpid', 'posix_kill'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->push('before');
$pid = pcntl_fork();
if ($pid === 0) {
    $q->transaction(function ($q) {
        $q->push('half-done');            // written, then the process dies holding the lock
        posix_kill(posix_getpid(), SIGKILL);
    });
    exit(0);
}
pcntl_waitpid($pid, $status);
var_dump(pcntl_wtermsig($status) === SIGKILL);
$q->push('after');
while (($m = $q->shift()) !== null) {
    echo $m, "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_lock_holder_killed.q'); ?>
--EXPECT--
bool(true)
before
half-done
after
