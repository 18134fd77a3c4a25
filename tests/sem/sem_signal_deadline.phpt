--TEST--
Semaphore: a wait interrupted by a signal runs the PHP handler and goes on with the same deadline
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_signal', 'pcntl_waitpid', 'posix_kill'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$s = new FileQ\Semaphore($key);
$ready = new FileQ\MessageQueue(ftok(__FILE__, 'r'));
$signals = 0;
pcntl_signal(SIGUSR1, function () use (&$signals) { $signals++; });
$parent = getmypid();
try {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $mine = new FileQ\Semaphore($key);
        $mine->acquire();
        $ready->send('held');
        usleep(500000);
        posix_kill($parent, SIGUSR1);   // during the timed wait
        usleep(1500000);
        posix_kill($parent, SIGUSR1);   // during the blocking wait
        usleep(300000);
        $mine->release();
        exit(0);
    }
    $ready->receive(0, 100, true, 10);
    $t = microtime(true);
    var_dump($s->acquire(1.0));
    $dt = microtime(true) - $t;
    var_dump($signals, $dt >= 0.95 && $dt < 1.45);    // not 1.0 s again after the signal
    var_dump($s->acquire());                          // blocks until the child releases
    var_dump($signals);
    $s->release();
    pcntl_waitpid($pid, $status);
} finally {
    $s->remove();
    $ready->remove();
}
?>
--EXPECT--
bool(false)
int(1)
bool(true)
bool(true)
int(2)
