--TEST--
FileQ\Queue::updateBoot(): a callable that throws or returns a non-array changes nothing
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->updateBoot(fn($b) => ['v' => 1]);
$cases = [
    function (&$b) { $b['v'] = 2; throw new LogicException('refused'); },
    fn($b) => 42,
    function (&$b) { $b = 'not an array'; },
];
foreach ($cases as $fn) {
    try {
        $q->updateBoot($fn);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($q->boot());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_update_boot_errors.q'); ?>
--EXPECT--
LogicException: refused
TypeError: FileQ\Queue::updateBoot(): Argument #1 ($fn) must return an array or null, int returned
TypeError: FileQ\Queue::updateBoot(): the boot state must stay an array, string given
array(1) {
  ["v"]=>
  int(1)
}
