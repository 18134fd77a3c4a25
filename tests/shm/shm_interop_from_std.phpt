--TEST--
shm_put_var() is read by SharedMemory::get(), on a segment shm_attach() created
--EXTENSIONS--
fileq
sysvshm
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$std = shm_attach($key, 3000);
try {
    shm_put_var($std, 5, [1, 'two', 3.0]);
    shm_put_var($std, -9, null);
    shm_put_var($std, 5, 'five');
    $m = new FileQ\SharedMemory($key);
    var_dump($m->get(5), $m->has(-9), $m->get(-9, 'default'), $m->keys(), $m->stat()['size']);
    shm_remove_var($std, -9);
    var_dump($m->has(-9));
} finally {
    shm_remove($std);
}
?>
--EXPECT--
string(4) "five"
bool(true)
NULL
array(2) {
  [0]=>
  int(-9)
  [1]=>
  int(5)
}
int(3000)
bool(false)
