--TEST--
FileQ\Queue: a boot state past the header's 1,792 bytes lives in a region after the frames, moves when they grow or start again, and goes back to the header when small
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!function_exists('pcntl_fork')) die('skip needs pcntl_fork');
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$size = function () use ($f) { clearstatcache(); return filesize($f); };
$q = new FileQ\Queue($f, 64);
for ($i = 0; $i < 1000; $i++) {
    $q->push("frame $i");
}
$framesEnd = $size();  // header + the frames the file has room for
// Past the header's 1,792 bytes the state goes to a region after the frames.
$q->updateBoot(fn($b) => ['big' => str_repeat('x', 100000)]);
var_dump($q->stats()['bootSize'], $size() > $framesEnd);
// The frames grow over the region: it is moved first, and nothing is lost on either side.
for ($i = 1000; $i < 30000; $i++) {
    $q->push("frame $i");
}
var_dump(strlen($q->boot()['big']), $q->read(4096 + 64 * 29999), count($q));
// Another handle, and a forked child, read the same state.
$other = new FileQ\Queue($f);
var_dump($other->boot() === $q->boot());
$pid = pcntl_fork();
if ($pid === 0) {
    $c = new FileQ\Queue($f);
    $c->updateBoot(fn($b) => $b + ['child' => str_repeat('c', 3000)]);
    exit(0);
}
pcntl_waitpid($pid, $status);
var_dump(strlen($q->boot()['child']));
// Emptied: the frames start again at the front, and the region moves down behind the header.
while ($q->shift() !== null);
var_dump(count($q), $size(), strlen($q->boot()['big']));
// Small again: back in the header, the file cut to the header alone.
$q->updateBoot(fn($b) => ['small' => true]);
var_dump($q->boot(), $size());
// clear() keeps the boot state, in a region or not.
$q->updateBoot(fn($b) => ['mid' => str_repeat('m', 5000)]);
$q->push('a');
$q->clear();
var_dump(count($q), strlen($q->boot()['mid']), $size());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_boot_region.q'); ?>
--EXPECT--
int(100028)
bool(true)
int(100000)
string(11) "frame 29999"
int(30000)
bool(true)
int(3000)
int(0)
int(107154)
int(100000)
array(1) {
  ["small"]=>
  bool(true)
}
int(4096)
int(0)
int(5000)
int(9130)
