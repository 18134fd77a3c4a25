--TEST--
var_dump() of a SharedMemory shows its key, id and stat(); once removed, the error instead, nothing thrown
--EXTENSIONS--
fileq
--FILE--
<?php
$key = ftok(__FILE__, 'd');
$s = new FileQ\SharedMemory($key, 1000);
try {
    $s->put(1, 'x');
    var_dump($s);
} finally {
    $s->remove();
}
var_dump($s);
echo "still here\n";
?>
--EXPECTF--
object(FileQ\SharedMemory)#%d (3) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["stat"]=>
  array(5) {
    ["size"]=>
    int(1000)
    ["total"]=>
    int(1000)
    ["used"]=>
    int(%d)
    ["free"]=>
    int(%d)
    ["count"]=>
    int(1)
  }
}
object(FileQ\SharedMemory)#%d (3) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["error"]=>
  string(%d) "FileQ\Exception: shared memory key 0x%x (id %d) is no longer attached (removed)"
}
still here
