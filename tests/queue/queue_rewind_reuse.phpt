--TEST--
FileQ\Queue: once the queue is empty, frames start again at the front and the file stops growing
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$sizes = [];
for ($round = 0; $round < 3; $round++) {
    $first = $q->push('a');
    $q->push('b');
    $q->shift();
    $q->shift();
    clearstatcache();
    $sizes[] = filesize($f);
    echo $first, "\n";
}
var_dump(count(array_unique($sizes)), $sizes[0] <= 4096 + 65536);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_rewind_reuse.q'); ?>
--EXPECT--
4096
4096
4096
int(1)
bool(true)
