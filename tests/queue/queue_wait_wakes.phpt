--TEST--
FileQ\Queue::wait() wakes when another process pushes
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$pid = pcntl_fork();
if ($pid === 0) {
    usleep(200000);
    (new FileQ\Queue($f))->push('wake up');
    exit(0);
}
$t = microtime(true);
var_dump($q->wait(20));
var_dump(microtime(true) - $t < 10, $q->shift());
pcntl_waitpid($pid, $status);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_wait_wakes.q'); ?>
--EXPECT--
bool(true)
bool(true)
string(7) "wake up"
