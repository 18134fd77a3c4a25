--TEST--
FileQ\Queue jobs: with maxAttempts a job handed out that often is set aside as a dead letter, listed by deadLetters(), put back by requeueDeadLetters()
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f, 128, FileQ\Queue::JOBS, 0600, -1, 2);
$q->push('poison');
$q->push('good');
for ($i = 0; $i < 2; $i++) {
    $job = $q->reserve();
    echo "{$job->data} attempt {$job->attempts}\n";
    $q->release($job);                       // its handler failed
}
$job = $q->reserve();                        // poison is set aside: good comes next
echo "{$job->data} attempt {$job->attempts}\n";
$q->ack($job);
var_dump($q->reserve(), count($q));
print_r($q->deadLetters());
print_r(array_intersect_key($q->jobStats(), ['deadLetters' => 1, 'waiting' => 1]));
// Another handle without a limit still leaves it aside: a dead letter waits for requeueDeadLetters().
$other = new FileQ\Queue($f);
var_dump($other->reserve());
var_dump($q->requeueDeadLetters(), $q->deadLetters(), count($q));
$job = $q->reserve();
echo "{$job->data} attempt {$job->attempts}, id {$job->id}\n";
$q->ack($job);
var_dump(count($q), $q->stats()['headCursor'] === $q->stats()['tailCursor']);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/jobs_dead_letters.q'); ?>
--EXPECT--
poison attempt 1
poison attempt 2
good attempt 1
NULL
int(0)
Array
(
    [0] => Array
        (
            [id] => 1
            [attempts] => 2
            [data] => poison
        )

)
Array
(
    [waiting] => 0
    [deadLetters] => 1
)
NULL
int(1)
array(0) {
}
int(1)
poison attempt 1, id 3
int(0)
bool(true)
