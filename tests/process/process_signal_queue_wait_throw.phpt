--TEST--
FileQ\Process: an exception thrown by a signal handler ends a blocking FileQ\Queue::wait()
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/process_signal_queue_wait_throw.queue'); ?>
--FILE--
<?php
use FileQ\{Process, Queue};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.queue';
$q = new Queue($path);
$q->clear();
$parent = Process::pid();
Process::signal(Process::SIGTERM, function () {
    throw new RuntimeException('stop waiting');
});
$start = microtime(true);
try {
    $pid = Process::fork(function () use ($parent) {
        usleep(300000);
        Process::kill($parent, Process::SIGTERM);
        return 0;
    });
    var_dump($q->wait(30));
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
echo "well before the timeout: ", var_export(microtime(true) - $start < 20, true), "\n";
var_dump(Process::wait($pid)['exitCode']);
?>
--EXPECT--
stop waiting
well before the timeout: true
int(0)
