--TEST--
var_dump() of a Queue shows its path, frame size, format (framed, raw, jobs) and count; a file that cannot be read shows the error, nothing is thrown
--EXTENSIONS--
fileq
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$q = new FileQ\Queue("$base.q");
$q->push('a');
$q->push('b');
var_dump($q);
var_dump(new FileQ\Queue("$base.raw", 16, FileQ\Queue::RAW));
$jobs = new FileQ\Queue("$base.jobs", 64, FileQ\Queue::JOBS);
$jobs->push('x');
var_dump($jobs);
// Inside a transaction the lock is already held: the count is still read.
$q->transaction(function (FileQ\Queue $q) { var_dump(count((array) $q) === 0, $q); });
// The file overwritten with something that is not a queue: the error, not an exception.
file_put_contents("$base.q", str_repeat("not a queue\n", 400));
var_dump($q);
try {
    count($q);
} catch (FileQ\Exception $e) {
    echo "count(): ", get_class($e), "\n";
}
echo "still here\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/queue_debug_info';
foreach (['q', 'raw', 'jobs'] as $ext) {
    @unlink("$base.$ext");
}
?>
--EXPECTF--
object(FileQ\Queue)#%d (4) {
  ["path"]=>
  string(%d) "%squeue_debug_info.q"
  ["frameSize"]=>
  int(256)
  ["format"]=>
  string(6) "framed"
  ["count"]=>
  int(2)
}
object(FileQ\Queue)#%d (4) {
  ["path"]=>
  string(%d) "%squeue_debug_info.raw"
  ["frameSize"]=>
  int(16)
  ["format"]=>
  string(3) "raw"
  ["count"]=>
  int(0)
}
object(FileQ\Queue)#%d (4) {
  ["path"]=>
  string(%d) "%squeue_debug_info.jobs"
  ["frameSize"]=>
  int(64)
  ["format"]=>
  string(4) "jobs"
  ["count"]=>
  int(1)
}
bool(true)
object(FileQ\Queue)#%d (4) {
  ["path"]=>
  string(%d) "%squeue_debug_info.q"
  ["frameSize"]=>
  int(256)
  ["format"]=>
  string(6) "framed"
  ["count"]=>
  int(2)
}
object(FileQ\Queue)#%d (4) {
  ["path"]=>
  string(%d) "%squeue_debug_info.q"
  ["frameSize"]=>
  int(256)
  ["format"]=>
  string(6) "framed"
  ["error"]=>
  string(%d) "%s"
}
count(): FileQ\%s
still here
