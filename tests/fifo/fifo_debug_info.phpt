--TEST--
var_dump() of a Fifo shows its path and which ends are open
--EXTENSIONS--
fileq
--FILE--
<?php
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$f = new FileQ\Fifo($path);
var_dump($f);
try {
    $f->read(10, 0.01);
} catch (FileQ\TimeoutException $e) {
    echo "nothing to read\n";
}
var_dump($f);
$f->remove();
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/fifo_debug_info.fifo');
?>
--EXPECTF--
object(FileQ\Fifo)#%d (3) {
  ["path"]=>
  string(%d) "%sfifo_debug_info.fifo"
  ["readEndOpen"]=>
  bool(false)
  ["writeEndOpen"]=>
  bool(false)
}
nothing to read
object(FileQ\Fifo)#%d (3) {
  ["path"]=>
  string(%d) "%sfifo_debug_info.fifo"
  ["readEndOpen"]=>
  bool(true)
  ["writeEndOpen"]=>
  bool(false)
}
