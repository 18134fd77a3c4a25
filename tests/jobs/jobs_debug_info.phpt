--TEST--
var_dump() of a Job shows its data, id and attempts
--EXTENSIONS--
fileq
--FILE--
<?php
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($path, 64, FileQ\Queue::JOBS);
$q->push("payload");
$job = $q->reserve();
var_dump($job);
$q->release($job);
var_dump($q->reserve());
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/jobs_debug_info.q');
?>
--EXPECTF--
object(FileQ\Job)#%d (3) {
  ["data"]=>
  string(7) "payload"
  ["id"]=>
  int(1)
  ["attempts"]=>
  int(1)
}
object(FileQ\Job)#%d (3) {
  ["data"]=>
  string(7) "payload"
  ["id"]=>
  int(1)
  ["attempts"]=>
  int(2)
}
