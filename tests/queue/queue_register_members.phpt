--TEST--
FileQ\Queue::register() records the process in boot[$role]; members() lists it
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->register();
$q->register('workers');
$me = getmypid();
$handlers = $q->members();
$workers = $q->members('workers');
var_dump(array_keys($handlers) === [$me], array_keys($workers) === [$me]);
var_dump(array_keys($handlers[$me]), $handlers[$me]['process_id'] === $me);
var_dump(abs($handlers[$me]['last_update'] - microtime(true)) < 60);
var_dump($q->members('nobody'), array_keys($q->boot()));
try {
    $q->register('');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_register_members.q'); ?>
--EXPECT--
bool(true)
bool(true)
array(3) {
  [0]=>
  string(10) "process_id"
  [1]=>
  string(11) "last_update"
  [2]=>
  string(10) "start_time"
}
bool(true)
bool(true)
array(0) {
}
array(2) {
  [0]=>
  string(8) "handlers"
  [1]=>
  string(7) "workers"
}
FileQ\Queue::register(): Argument #1 ($role) must not be empty
