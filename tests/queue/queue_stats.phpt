--TEST--
FileQ\Queue::stats() reports format, sizes, cursors and counters
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 128, FileQ\Queue::SYNC);
$q->push('a');
$q->push('b');
$q->push('c');
$q->shift();
$q->updateBoot(fn($b) => ['x' => 1]);
$s = $q->stats();
var_dump($s['path'] === $f);
unset($s['path'], $s['generation']);
var_dump($s);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_stats.q'); ?>
--EXPECT--
bool(true)
array(17) {
  ["format"]=>
  string(6) "framed"
  ["frameSize"]=>
  int(128)
  ["maxPayload"]=>
  int(120)
  ["count"]=>
  int(2)
  ["fileSize"]=>
  int(69632)
  ["headCursor"]=>
  int(4224)
  ["tailCursor"]=>
  int(4480)
  ["pushed"]=>
  int(3)
  ["popped"]=>
  int(1)
  ["dropped"]=>
  int(0)
  ["delayed"]=>
  int(0)
  ["nextDue"]=>
  NULL
  ["bootSize"]=>
  int(18)
  ["jobs"]=>
  bool(false)
  ["bootCapacity"]=>
  int(67108864)
  ["sync"]=>
  bool(true)
  ["lock"]=>
  string(12) "robust mutex"
}
