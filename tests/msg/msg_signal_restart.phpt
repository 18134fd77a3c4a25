--TEST--
MessageQueue: a blocking receive interrupted by a signal runs the PHP handler and goes on waiting
--EXTENSIONS--
fileq
pcntl
posix
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
