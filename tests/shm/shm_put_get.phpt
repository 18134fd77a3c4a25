--TEST--
SharedMemory: put/get/has/delete of PHP values by key, get() default for a missing key
--EXTENSIONS--
fileq
--FILE--
<?php
$m = new FileQ\SharedMemory(ftok(__FILE__, 'x'), 4096);
try {
    $m->put(1, 'one');
    $m->put(-2, ['nested' => [1.5, null, false]]);
    $m->put(PHP_INT_MAX, new ArrayObject(['x' => 1]));
    $m->put(1, 'ONE');                         // replaces
    var_dump($m->get(1), $m->get(-2), $m->get(PHP_INT_MAX, null, [ArrayObject::class])['x']);
    var_dump($m->has(1), $m->has(3), $m->get(3), $m->get(3, 'default'));
    var_dump($m->keys());
    $m->delete(-2);
    $m->delete(12345);                         // nothing there: nothing happens
    var_dump($m->has(-2), $m->keys());
    $st = $m->stat();
    var_dump($st['size'], $st['count'], $st['free'] + $st['used'] + FileQ\SharedMemory::MIN_SIZE === $st['total']);
} finally {
    $m->remove();
}
?>
--EXPECT--
string(3) "ONE"
array(1) {
  ["nested"]=>
  array(3) {
    [0]=>
    float(1.5)
    [1]=>
    NULL
    [2]=>
    bool(false)
  }
}
int(1)
bool(true)
bool(false)
NULL
string(7) "default"
array(3) {
  [0]=>
  int(-2)
  [1]=>
  int(9223372036854775807)
  [2]=>
  int(1)
}
bool(false)
array(2) {
  [0]=>
  int(9223372036854775807)
  [1]=>
  int(1)
}
int(4096)
int(2)
bool(true)
