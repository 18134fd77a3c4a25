--TEST--
FileQ\Queue::wait(): a signal runs its PHP handler during the wait; a handler that throws ends it
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
    pcntl_alarm(1);
});
pcntl_alarm(1);
$t = microtime(true);
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
handler ran twice
int(2)
bool(true)
