--TEST--
Delayed frames in a job queue: reserved, acked and released like the rest, counted in jobStats()
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Queue;
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($path);
$q = new Queue($path, null, Queue::JOBS);
$q->push('x', 0.1);
$q->push('y');
$s = $q->jobStats();
var_dump($s['waiting'], $s['delayed']);
$j = $q->reserve();
var_dump($j->data, $j->id);
var_dump($q->reserve());
usleep(150000);
$k = $q->reserve();
var_dump($k->data, $k->id, $k->attempts);
$q->release($k);
$k = $q->reserve();
var_dump($k->data, $k->attempts);
$q->ack($k);
$q->ack($j);
$s = $q->jobStats();
var_dump($s['waiting'], $s['delayed'], $s['held'], count($q));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/delay_jobs.q'); ?>
--EXPECT--
int(1)
int(1)
string(1) "y"
int(1)
NULL
string(1) "x"
int(2)
int(1)
string(1) "x"
int(2)
int(0)
int(0)
int(0)
int(0)
