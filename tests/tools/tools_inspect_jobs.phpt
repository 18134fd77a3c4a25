--TEST--
fileq-inspect on a job queue: stat shows waiting, held and dead-letter jobs; dead lists the dead letters (text and --json), held the held jobs
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 128, FileQ\Queue::JOBS, 0600, -1, 1);
foreach (['poison', 'held', 'waiting'] as $m) {
    $q->push($m);
}
$q->release($q->reserve());   // one hand-out with maxAttempts 1: set aside at the next
$held = $q->reserve();        // "held", held by this process while the inspector looks
inspect('stat', $f);
inspect('dead', $f);
inspect('--json', 'dead', $f);
inspect('held', $f);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_jobs.q');
?>
--EXPECTF--
$ fileq-inspect stat tools_inspect_jobs.q
path           %stools_inspect_jobs.q
format         jobs
frameSize      128
maxPayload     80
count          1
fileSize       %d
headCursor     4096
tailCursor     4480
pushed         3
popped         0
dropped        0
delayed        0
nextDue        null
bootSize       0
generation     %d
bootCapacity   67108864
sync           no
lock           %s
jobs.waiting   1
jobs.delayed   0
jobs.held      1
jobs.released  0
jobs.orphaned  0
deadLetters    1
jobs.reserved  2
jobs.acked     0
[exit 0]
$ fileq-inspect dead tools_inspect_jobs.q
job 1, 1 attempt(s): "poison"
1 dead letter(s)
[exit 0]
$ fileq-inspect --json dead tools_inspect_jobs.q
[
    {
        "id": 1,
        "attempts": 1,
        "data": "poison"
    }
]
[exit 0]
$ fileq-inspect held tools_inspect_jobs.q
job 2, 1 attempt(s), held by pid %d: "held"
1 held job(s)
[exit 0]
