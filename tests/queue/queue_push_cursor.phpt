--TEST--
FileQ\Queue::push() returns the byte offset of the frame it wrote
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 100);
foreach (['a', 'bb', 'ccc'] as $d) {
    var_dump($q->push($d));
}
clearstatcache();
var_dump(count($q), filesize($f) >= 4096 + 2 * 100 + 8 + 3);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_push_cursor.q'); ?>
--EXPECT--
int(4096)
int(4196)
int(4296)
int(3)
bool(true)
