--TEST--
FileQ\Queue: once the queue is empty, frames start again at the front and the file stops growing
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
for ($round = 0; $round < 3; $round++) {
    $first = $q->push('a');
    $q->push('b');
    $q->shift();
    $q->shift();
    clearstatcache();
    echo $first, ' ', filesize($f) <= 4096 + 2 * 64, "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_rewind_reuse.q'); ?>
--EXPECT--
4096 1
4096 1
4096 1
