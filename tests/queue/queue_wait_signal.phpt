--TEST--
FileQ\Queue::wait(): a signal runs its PHP handler and ends the wait (false), so a worker sees its stop flag; a handler that throws ends it with the exception
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_alarm', 'pcntl_signal'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$hits = 0;
pcntl_signal(SIGALRM, function () use (&$hits) {
    $hits++;
    if ($hits === 2) {
        throw new RuntimeException("handler ran twice");
    }
});
pcntl_alarm(1);
$t = microtime(true);
var_dump($q->wait(30), $hits, microtime(true) - $t < 20);
pcntl_alarm(1);
try {
    $q->wait(30);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($hits, microtime(true) - $t < 20);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_wait_signal.q'); ?>
--EXPECT--
bool(false)
int(1)
bool(true)
handler ran twice
int(2)
bool(true)
