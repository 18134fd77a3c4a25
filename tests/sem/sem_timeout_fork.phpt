--TEST--
Semaphore: held by another process, acquire(0.2) returns false after about 0.2 s, a later acquire(3) succeeds
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
$key = ftok(__FILE__, 'x');
$s = new FileQ\Semaphore($key);
$ready = new FileQ\MessageQueue(ftok(__FILE__, 'r'));
try {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $mine = new FileQ\Semaphore($key);
        $mine->acquire();
        $ready->send('held');
        usleep(800000);
        $mine->release();
        exit(0);
    }
    $ready->receive(0, 100, true, 10);
    $t = microtime(true);
    var_dump($s->acquire(0.2));
    $dt = microtime(true) - $t;
    var_dump($dt >= 0.19 && $dt < 2.0);
    var_dump($s->acquire(0));
    $t = microtime(true);
    var_dump($s->acquire(3));
    var_dump(microtime(true) - $t < 3.0, $s->isHeld());
    $s->release();
    pcntl_waitpid($pid, $status);
} finally {
    $s->remove();
    $ready->remove();
}
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
