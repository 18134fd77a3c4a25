--TEST--
FileQ\Queue: frames and boot state persist across objects
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$q->push('kept 1');
$q->push('kept 2');
$q->updateBoot(fn($b) => ['owner' => 'test']);
unset($q);
$q = new FileQ\Queue($f, 64);
var_dump(count($q), $q->shift(), $q->boot()['owner']);
unset($q);
$q = new FileQ\Queue($f, 64);
var_dump($q->shift(), $q->shift());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_persist_objects.q'); ?>
--EXPECT--
int(2)
string(6) "kept 1"
string(4) "test"
string(6) "kept 2"
NULL
