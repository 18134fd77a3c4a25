--TEST--
MessageQueue: a blocking receive interrupted by a signal runs the PHP handler and goes on waiting
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
$q = new FileQ\MessageQueue($key);
$got = 0;
pcntl_signal(SIGUSR1, function () use (&$got) { $got++; });
$parent = getmypid();
try {
    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep(200000);
        posix_kill($parent, SIGUSR1);
        usleep(200000);
        (new FileQ\MessageQueue($key))->send('after the signal');
        exit(0);
    }
    var_dump($q->receive());
    var_dump($got);
    pcntl_waitpid($pid, $status);
} finally {
    $q->remove();
}
?>
--EXPECT--
string(16) "after the signal"
int(1)
