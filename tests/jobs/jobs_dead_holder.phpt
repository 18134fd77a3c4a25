--TEST--
FileQ\Queue jobs: a job whose holder died (SIGKILL, exit without ack, even before it was reaped) is handed out again by the next reserve(), without any timeout
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$held = $f . '.held';
$slow = getenv('FILEQ_VALGRIND') || getenv('ZEND_DONT_UNLOAD_MODULES');  // under valgrind
// Written whole or not at all: the parent waits for the file, then reads it.
function note(string $file, string $text): void
{
    file_put_contents("$file.tmp", $text);
    rename("$file.tmp", $file);
}
@unlink($f);
$q = new FileQ\Queue($f, 128, FileQ\Queue::JOBS);
foreach (['first', 'second', 'third'] as $data) {
    $q->push($data);
}

// 1. A worker takes a job and is killed before ack (SIGKILL, reaped).
$pid = FileQ\Process::fork(function () use ($f, $held) {
    $job = (new FileQ\Queue($f))->reserve();
    note($held, $job->data);
    sleep(30);
    return 0;
});
while (!file_exists($held)) {
    usleep(1000);
}
echo "child holds: ", file_get_contents($held), "\n";
$s = $q->jobStats();
echo "held {$s['held']}, waiting {$s['waiting']}\n";
FileQ\Process::kill($pid, SIGKILL);
var_dump(FileQ\Process::wait($pid)['signal'] === SIGKILL);
$t = hrtime(true);
$job = $q->reserve();
echo "again: {$job->data}, attempts {$job->attempts}", (hrtime(true) - $t) < ($slow ? 2000e6 : 100e6) ? ", at once" : ", late", "\n";
$q->ack($job);

// 2. A worker that exits without ack, not yet reaped (a zombie): it will do no more work.
unlink($held);
$pid = FileQ\Process::fork(function () use ($f, $held) {
    $job = (new FileQ\Queue($f))->reserve();
    note($held, $job->data);
    return 0;
});
while (!file_exists($held) || !str_contains(@file_get_contents("/proc/$pid/stat") ?: 'Z', ') Z ')) {
    usleep(1000);
}
echo "zombie held: ", file_get_contents($held), "\n";
$job = $q->reserve();
echo "again: {$job->data}, attempts {$job->attempts}\n";
$q->ack($job);
FileQ\Process::wait($pid);

// 3. A live holder keeps its job: the next reserve() takes the next one.
unlink($held);
$pid = FileQ\Process::fork(function () use ($f, $held) {
    $q = new FileQ\Queue($f);
    $job = $q->reserve();
    note($held, $job->data);
    usleep(300000);
    $q->ack($job);
    return 0;
});
while (!file_exists($held)) {
    usleep(1000);
}
var_dump($q->reserve());
FileQ\Process::wait($pid);
var_dump(count($q), $q->jobStats()['held']);
@unlink($held);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/jobs_dead_holder.q');
@unlink(__DIR__ . '/jobs_dead_holder.q.held');
@unlink(__DIR__ . '/jobs_dead_holder.q.held.tmp');
?>
--EXPECT--
child holds: first
held 1, waiting 2
bool(true)
again: first, attempts 2, at once
zombie held: second
again: second, attempts 2
NULL
int(0)
int(0)
