--TEST--
FileQ\Queue::updateBoot(): a closure that returns by reference gives its array like any other
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f);
var_dump($q->updateBoot(function &(array &$boot): array {
    $boot['n'] = 1;
    return $boot;
}));
$other = ['m' => 2];
var_dump($q->updateBoot(function &(array &$boot) use (&$other): array {
    return $other;
}), (new FileQ\Queue($f))->boot());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_boot_update_byref.q'); ?>
--EXPECT--
array(1) {
  ["n"]=>
  int(1)
}
array(1) {
  ["m"]=>
  int(2)
}
array(1) {
  ["m"]=>
  int(2)
}
