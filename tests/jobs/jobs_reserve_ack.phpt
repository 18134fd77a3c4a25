--TEST--
FileQ\Queue::reserve()/ack()/release() on a job queue: a job stays held until ack, release hands it out again, count() counts what can be taken
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f, 128, FileQ\Queue::JOBS);
var_dump(FileQ\Queue::JOB_OVERHEAD, $q->getMaxPayload(), $q->stats()['jobs']);
var_dump($q->reserve());                       // empty
foreach (['one', 'two', "three\0with NUL "] as $data) {
    $q->push($data);
}
$a = $q->reserve();
var_dump($a, count($q));
$b = $q->reserve();
echo "b: {$b->data} id {$b->id}\n";
$q->release($b);                               // back: handed out again next, attempts 2
var_dump(count($q));
$b2 = $q->reserve();
echo "b2: {$b2->data} id {$b2->id} attempts {$b2->attempts}\n";
try {
    $q->ack($b);                               // the first hand-out's handle is stale
} catch (FileQ\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$q->ack($a);
$q->ack($b2);
try {
    $q->ack($a);
} catch (FileQ\Exception $e) {
    echo $e->getMessage(), "\n";
}
$c = $q->reserve();
var_dump($c->data === "three\0with NUL ", $c->id);
print_r($q->jobStats());
$q->ack($c);
var_dump(count($q), $q->stats()['headCursor'], $q->stats()['tailCursor']);

// A job's handle belongs to the queue that made it.
$other = new FileQ\Queue($f . '.other', 128, FileQ\Queue::JOBS);
$other->push('x');
$q->push('y');
$x = $other->reserve();
try {
    $q->ack($x);
} catch (FileQ\Exception $e) {
    echo "other queue's job: ", $e->getMessage() !== '' ? 'refused' : '?', "\n";
}
$other->ack($x);
unset($other);
@unlink($f . '.other');
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/jobs_reserve_ack.q');
@unlink(__DIR__ . '/jobs_reserve_ack.q.other');
?>
--EXPECTF--
int(48)
int(80)
bool(true)
NULL
object(FileQ\Job)#%d (3) {
  ["data"]=>
  string(3) "one"
  ["id"]=>
  int(1)
  ["attempts"]=>
  int(1)
}
int(2)
b: two id 2
int(2)
b2: two id 2 attempts 2
FileQ\Exception: ack(): job 2 of '%sjobs_reserve_ack.q' is no longer held by this process (acknowledged, released, or handed out again)
ack(): job 1 of '%sjobs_reserve_ack.q' is no longer held by this process (acknowledged, released, or handed out again)
bool(true)
int(3)
Array
(
    [waiting] => 0
    [delayed] => 0
    [held] => 1
    [released] => 0
    [orphaned] => 0
    [deadLetters] => 0
    [reserved] => 4
    [acked] => 2
    [maxAttempts] => 0
)
int(0)
int(4096)
int(4096)
other queue's job: refused
