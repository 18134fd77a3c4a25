--TEST--
FileQ\Queue jobs: held state survives a reopen by any process; pop()/shift() take what reserve() would and never a held job; a blocked reserve(-1) wakes on a push and on a release
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f, 96, FileQ\Queue::JOBS);
foreach (range(1, 4) as $i) {
    $q->push("job $i");
}
$a = $q->reserve();
$b = $q->reserve();
unset($q);

// Another process opens the file: two held (by a live process), two waiting.
$pid = FileQ\Process::fork(function () use ($f) {
    $q = new FileQ\Queue($f);
    $s = $q->jobStats();
    echo "child sees held {$s['held']}, waiting {$s['waiting']}, count ", count($q), "\n";
    echo "child shift: ", $q->shift(), ", pop: ", $q->pop(), ", then ", var_export($q->shift(), true), "\n";
    return 0;
});
FileQ\Process::wait($pid);
$q = new FileQ\Queue($f);
$q->release($b);
echo "after release: ", count($q), ", pop takes ", $q->pop(), "\n";
$q->ack($a);
var_dump(count($q), $q->stats()['count']);

// reserve(-1) blocks until a release (first) and a push (second) from another process.
$q->push('pushed later');
$c = $q->reserve();
$parent = getmypid();
$pid = FileQ\Process::fork(function () use ($f) {
    usleep(150000);
    (new FileQ\Queue($f))->push('from the child');
    return 0;
});
$t = hrtime(true);
$d = $q->reserve(-1);
echo "woken by the push: {$d->data}", (hrtime(true) - $t) > 100e6 ? "" : " (too early)", "\n";
FileQ\Process::wait($pid);
$q->ack($d);
$q->ack($c);
var_dump(count($q));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/jobs_shared.q'); ?>
--EXPECT--
child sees held 2, waiting 2, count 2
child shift: job 3, pop: job 4, then NULL
after release: 1, pop takes job 2
int(0)
int(0)
woken by the push: from the child
int(0)
