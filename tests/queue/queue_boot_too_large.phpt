--TEST--
FileQ\Queue::updateBoot(): a state larger than Queue::BOOT_CAPACITY is refused and the old state kept; the largest that fits is kept whole
--EXTENSIONS--
fileq
--INI--
memory_limit=-1
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->updateBoot(fn($b) => ['small' => 'yes']);
var_dump(FileQ\Queue::BOOT_CAPACITY);
try {
    $q->updateBoot(fn($b) => ['big' => str_repeat('x', FileQ\Queue::BOOT_CAPACITY)]);
} catch (FileQ\TooLargeException $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
var_dump($q->boot());
// The largest state that fits is accepted and read back whole.
$cap = FileQ\Queue::BOOT_CAPACITY;
$fit = $cap - (strlen(serialize(['big' => str_repeat('y', $cap - 100)])) - ($cap - 100));
$q->updateBoot(fn($b) => ['big' => str_repeat('y', $fit)]);
$back = $q->boot();
var_dump(strlen($back['big']) === $fit, strlen(serialize($back)), $back['big'] === str_repeat('y', $fit));
$q->updateBoot(fn($b) => []);
clearstatcache();
var_dump(filesize($f));  // the header only: the region went with the state
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_boot_too_large.q'); ?>
--EXPECT--
int(67108864)
FileQ\TooLargeException: boot state of 67108894 bytes exceeds the 67108864 bytes the boot frame of 'FILE' holds
array(1) {
  ["small"]=>
  string(3) "yes"
}
bool(true)
int(67108864)
bool(true)
int(4096)
