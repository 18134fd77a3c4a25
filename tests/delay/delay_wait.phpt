--TEST--
shift()/pop()/reserve() with a timeout and wait() wake when a delayed frame falls due, not before
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Queue;
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($path);
$q = new Queue($path, null, Queue::JOBS);
function took(float $t0, float $want): string {
    $ms = (microtime(true) - $t0) * 1000;
    return $ms >= $want * 1000 && $ms < $want * 1000 + 100 ? "on time" : sprintf("%.1f ms for %.0f ms", $ms, $want * 1000);
}
$q->push('a', 0.2);
$t = microtime(true);
var_dump($q->shift(5), took($t, 0.2));
$q->push('b', 0.15);
$t = microtime(true);
var_dump($q->wait(5), took($t, 0.15));
var_dump($q->pop());
$q->push('c', 0.1);
$t = microtime(true);
$job = $q->reserve(5);
var_dump($job->data, took($t, 0.1));
$q->ack($job);
// a delayed frame pushed by another process while we wait, due sooner than our timeout
$q->push('far', 30);
$pid = pcntl_fork();
if ($pid === 0) {
    usleep(100000);
    (new Queue($path))->push('soon', 0.1);
    exit(0);
}
$t = microtime(true);
var_dump($q->shift(5), took($t, 0.2));
pcntl_waitpid($pid, $status);
var_dump($q->shift(0.05), $q->stats()['delayed']);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/delay_wait.q'); ?>
--EXPECT--
string(1) "a"
string(7) "on time"
bool(true)
string(7) "on time"
string(1) "b"
string(1) "c"
string(7) "on time"
string(4) "soon"
string(7) "on time"
NULL
int(1)
