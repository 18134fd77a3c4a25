--TEST--
Queue boot frame: plain data only; updateBoot() refuses a value holding an object or enum (it could not come back) and leaves the frame as it was
--EXTENSIONS--
fileq
--FILE--
<?php
enum Mode { case Fast; }
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f, 64);
$q->updateBoot(fn ($b) => ['workers' => [1, 2], 'name' => 'O:8:"stdClass":0:{}']);
foreach (['object' => fn ($b) => $b + ['o' => new ArrayObject([])], 'enum' => fn ($b) => ['deep' => [[Mode::Fast]]]] as $what => $fn) {
    try {
        $q->updateBoot($fn);
        echo "$what: stored\n";
    } catch (ValueError $e) {
        echo "$what: ", str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
var_dump($q->boot());
unset($q);
@unlink($f);
?>
--EXPECT--
object: The boot frame of 'FILE' holds plain data (arrays, strings, numbers, booleans, null), not an object or enum of class ArrayObject
enum: The boot frame of 'FILE' holds plain data (arrays, strings, numbers, booleans, null), not an object or enum of class Mode
array(2) {
  ["workers"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["name"]=>
  string(19) "O:8:"stdClass":0:{}"
}
