--TEST--
FileQ\Queue: a file legitimately shrunk by another handle (the queue drained) is not taken for a truncated one
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$a = new FileQ\Queue($f, 128);
$b = new FileQ\Queue($f, 128);
for ($i = 0; $i < 20000; $i++) {
    $a->push("frame $i");       // 2.5 MB of frames
}
var_dump(count($b));            // $b now remembers a state with room for 20000 frames
while ($a->shift() !== null);   // FIFO: blocks behind the head are given back, then the file shrinks
clearstatcache();
var_dump(filesize($f) < 100000);
usleep(150000);                 // past the 100 ms after which $b looks at the file again
$b->push('after');
var_dump($b->shift(), count($a));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_shrunk_by_other_handle.q'); ?>
--EXPECT--
int(20000)
bool(true)
string(5) "after"
int(0)
