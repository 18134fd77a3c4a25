--TEST--
FileQ\Queue::boot() is an empty array on a new queue and is shared by every handle
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
var_dump($q->boot());
$q->updateBoot(fn($b) => $b + ['system_variables' => ['mode' => 'cron']]);
$other = new FileQ\Queue($f);
var_dump($other->boot());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_boot_default.q'); ?>
--EXPECT--
array(0) {
}
array(1) {
  ["system_variables"]=>
  array(1) {
    ["mode"]=>
    string(4) "cron"
  }
}
