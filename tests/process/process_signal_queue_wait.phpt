--TEST--
FileQ\Process: a signal interrupts a blocking FileQ\Queue::wait(), its handler runs and the wait returns false (a worker checks its stop flag); waiting again gets the push
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/process_signal_queue_wait.queue'); ?>
--FILE--
<?php
use FileQ\{Process, Queue};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.queue';
$q = new Queue($path);
$q->clear();
$parent = Process::pid();
$handled = 0;
Process::signal(Process::SIGUSR1, function () use (&$handled) {
    $handled++;
    echo "handler ran while the queue was empty: ", var_export(count($GLOBALS['q']) === 0, true), "\n";
});
$pid = Process::fork(function () use ($parent, $path) {
    usleep(300000);
    Process::kill($parent, Process::SIGUSR1);
    sleep(1);   // generous: the parent's handler runs well before the push
    (new Queue($path))->push('after the signal');
    return 0;
});
var_dump($q->wait(30), $handled, count($q));
var_dump($q->wait(30), $q->shift());
var_dump(Process::wait($pid)['exitCode']);
?>
--EXPECT--
handler ran while the queue was empty: true
bool(false)
int(1)
int(0)
bool(true)
string(16) "after the signal"
int(0)
