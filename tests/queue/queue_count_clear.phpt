--TEST--
FileQ\Queue: count() and clear(); clear() keeps the boot state and shrinks the file
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$q->updateBoot(fn($b) => ['kept' => true]);
for ($i = 0; $i < 100; $i++) {
    $q->push("frame $i");
}
var_dump(count($q), $q->count());
$q->clear();
clearstatcache();
var_dump(count($q), filesize($f), $q->pop(), $q->boot());
var_dump($q->push('again'));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_count_clear.q'); ?>
--EXPECT--
int(100)
int(100)
int(0)
int(4096)
NULL
array(1) {
  ["kept"]=>
  bool(true)
}
int(4096)
