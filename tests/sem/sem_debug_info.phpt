--TEST--
var_dump() of a Semaphore shows its key, id, whether this object holds it and its value; once removed, the error instead, nothing thrown
--EXTENSIONS--
fileq
--FILE--
<?php
$key = ftok(__FILE__, 'd');
$sem = new FileQ\Semaphore($key, 2);
try {
    var_dump($sem);
    $sem->acquire();
    var_dump($sem);
    $sem->release();
} finally {
    $sem->remove();
}
var_dump($sem);
echo "still here\n";
?>
--EXPECTF--
object(FileQ\Semaphore)#%d (4) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["held"]=>
  bool(false)
  ["value"]=>
  int(2)
}
object(FileQ\Semaphore)#%d (4) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["held"]=>
  bool(true)
  ["value"]=>
  int(1)
}
object(FileQ\Semaphore)#%d (4) {
  ["key"]=>
  int(%d)
  ["id"]=>
  int(%d)
  ["held"]=>
  bool(false)
  ["error"]=>
  string(%d) "FileQ\IOException: semctl(GETVAL) on semaphore key 0x%x (id %d): Identifier removed"
}
still here
