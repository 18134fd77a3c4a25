--TEST--
FileQ\Queue::updateBoot(): a state larger than the boot frame is refused and the old state kept
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->updateBoot(fn($b) => ['small' => 'yes']);
try {
    $q->updateBoot(fn($b) => ['big' => str_repeat('x', FileQ\Queue::BOOT_CAPACITY)]);
} catch (FileQ\TooLargeException $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
var_dump($q->boot());
// The largest state that fits is accepted.
$fit = 0;
while (strlen(serialize(['big' => str_repeat('y', $fit + 1)])) <= FileQ\Queue::BOOT_CAPACITY) {
    $fit++;
}
$q->updateBoot(fn($b) => ['big' => str_repeat('y', $fit)]);
var_dump(strlen($q->boot()['big']) === $fit, strlen(serialize($q->boot())));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_boot_too_large.q'); ?>
--EXPECT--
FileQ\TooLargeException: boot state of 1818 bytes exceeds the 1792 bytes the boot frame of 'FILE' holds
array(1) {
  ["small"]=>
  string(3) "yes"
}
bool(true)
int(1792)
