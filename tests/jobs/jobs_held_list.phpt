--TEST--
FileQ\Queue::heldJobs(): the jobs handed out and not settled, with their holder; orphaned once the holder died; released, acknowledged and dead jobs are not in it
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!function_exists('pcntl_fork')) die('skip needs pcntl_fork');
?>
--FILE--
<?php
use FileQ\Queue;

$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new Queue($f, 128, Queue::JOBS, 0600, -1, 2);
foreach (['a', 'b', 'c', 'd', 'e'] as $m) {
    $q->push($m);
}
$me = getmypid();
$a = $q->reserve();                        // held by us
$pid = pcntl_fork();
if ($pid === 0) {
    (new Queue($f))->reserve();            // 'b', then the holder dies
    exit(0);
}
pcntl_waitpid($pid, $status);
$show = function (Queue $q) use ($me, $pid) {
    foreach ($q->heldJobs() as $j) {
        $who = $j['holder'] === $me ? 'me' : ($j['holder'] === $pid ? 'the dead child' : $j['holder']);
        printf("%s: id %d, attempts %d, held by %s, %s\n", $j['data'], $j['id'], $j['attempts'], $who,
            $j['orphaned'] ? 'orphaned' : 'held');
    }
    echo "--\n";
};
$show($q);
$b = $q->reserve();                        // the orphan goes first
$q->ack($b);                               // settled
$c = $q->reserve();
$q->release($c);                           // available again: not held
$show($q);
$again = $q->reserve();                    // the released one, a second attempt
echo $again->data, ' ', count($q->deadLetters()), "\n";
$show($q);
try {
    (new Queue("$f.plain"))->heldJobs();
} catch (FileQ\Exception $e) {
    echo get_class($e), "\n";
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/jobs_held_list.q');
@unlink(__DIR__ . '/jobs_held_list.q.plain');
?>
--EXPECT--
a: id 1, attempts 1, held by me, held
b: id 2, attempts 1, held by the dead child, orphaned
--
a: id 1, attempts 1, held by me, held
--
c 0
a: id 1, attempts 1, held by me, held
c: id 3, attempts 2, held by me, held
--
FileQ\Exception
