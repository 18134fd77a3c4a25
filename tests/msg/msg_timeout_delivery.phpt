--TEST--
MessageQueue: a receive with a timeout gets a message another process sends before the deadline
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid', 'pcntl_wexitstatus'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$q = new FileQ\MessageQueue($key);
try {
    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep(200000);
        (new FileQ\MessageQueue($key))->send('late but in time', 4);
        exit(0);
    }
    $t = microtime(true);
    var_dump($q->receive(4, 100, true, 10));
    var_dump(microtime(true) - $t < 8);
    pcntl_waitpid($pid, $status);
    var_dump(pcntl_wexitstatus($status));
} finally {
    $q->remove();
}
?>
--EXPECT--
string(16) "late but in time"
bool(true)
int(0)
