--TEST--
FileQ\Queue: a handle whose queue another handle cleared or emptied (shrinking the file) goes on working
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$a = new FileQ\Queue($f, 4096);
$b = new FileQ\Queue($f, 4096);
foreach (['one', 'two', 'three'] as $m) {
    $a->push($m);
}
var_dump(count($a));
$b->clear();                 // the file is cut back to its header
clearstatcache();
var_dump(filesize($f));
usleep(150000);              // past the interval at which a handle re-checks its file
var_dump(count($a), $a->pop());
$a->push('four');
var_dump($b->shift());

// More than 1 MiB shifted past: emptying the queue cuts the file back too.
for ($i = 0; $i < 300; $i++) {
    $a->push("m$i");
}
for ($i = 0; $i < 299; $i++) {
    $a->shift();
}
var_dump($b->shift());
clearstatcache();
var_dump(filesize($f));
usleep(150000);
var_dump(count($a));
$a->push('five');
var_dump($a->shift());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_cleared_by_other_handle.q'); ?>
--EXPECT--
int(3)
int(4096)
int(0)
NULL
string(4) "four"
string(4) "m299"
int(4096)
int(0)
string(4) "five"
