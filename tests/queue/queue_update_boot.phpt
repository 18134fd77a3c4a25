--TEST--
FileQ\Queue::updateBoot(): edit by reference or return the new array; the new state is returned
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
var_dump($q->updateBoot(function (array &$boot) {
    $boot['counter'] = 1;
}));
var_dump($q->updateBoot(function (array $boot): array {
    $boot['counter']++;
    $boot['list'][] = 'x';
    return $boot;
}));
unset($q);
var_dump((new FileQ\Queue($f))->boot()['counter']);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_update_boot.q'); ?>
--EXPECT--
array(1) {
  ["counter"]=>
  int(1)
}
array(2) {
  ["counter"]=>
  int(2)
  ["list"]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
int(2)
