--TEST--
FileQ\Queue jobs: reserve($timeout, $visibility) hands a job held by a live but stopped holder out again once its visibility has passed; the old holder's ack() is then refused
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$held = $f . '.held';
@unlink($f);
@unlink($held);
$q = new FileQ\Queue($f, 128, FileQ\Queue::JOBS);
$q->push('stuck job');
$pid = FileQ\Process::fork(function () use ($f, $held) {
    $q = new FileQ\Queue($f);
    $job = $q->reserve(0, 0.3);
    file_put_contents($held, 'x');
    posix_kill(getmypid(), SIGSTOP);           // hung, alive
    try {
        $q->ack($job);
        file_put_contents($held, 'acked');
    } catch (FileQ\Exception $e) {
        file_put_contents($held, 'refused');
    }
    return 0;
});
while (!file_exists($held)) {
    usleep(1000);
}
var_dump($q->reserve());                        // held, within its visibility
$t = hrtime(true);
$job = $q->reserve(5);                          // waits until the visibility passes
$ms = (hrtime(true) - $t) / 1e6;
echo "{$job->data}, attempts {$job->attempts}", $ms > 100 && $ms < 1500 ? ", after the visibility" : ", after $ms ms", "\n";
FileQ\Process::kill($pid, SIGCONT);
FileQ\Process::wait($pid);
echo "old holder's ack: ", file_get_contents($held), "\n";
$q->ack($job);
var_dump(count($q), $q->jobStats()['held']);
@unlink($held);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/jobs_visibility.q');
@unlink(__DIR__ . '/jobs_visibility.q.held');
?>
--EXPECT--
NULL
stuck job, attempts 2, after the visibility
old holder's ack: refused
int(0)
int(0)
