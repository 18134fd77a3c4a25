--TEST--
SharedMemory writes the same bytes as ext/sysvshm for the same sequence of calls
--EXTENSIONS--
fileq
sysvshm
shmop
--FILE--
<?php
$ka = ftok(__FILE__, 'a');
$kb = ftok(__FILE__, 'b');
$ops = [['put', 1, 'x'], ['put', 2, [1, 2, 3]], ['put', 3, str_repeat('z', 77)], ['put', 1, 'longer value now'],
        ['del', 2], ['put', -4, 1.25], ['put', 3, ''], ['del', 1], ['put', 9, true]];
$m = new FileQ\SharedMemory($ka, 1000);
$std = shm_attach($kb, 1000);
try {
    foreach ($ops as $op) {
        if ($op[0] === 'put') {
            $m->put($op[1], $op[2]);
            shm_put_var($std, $op[1], $op[2]);
        } else {
            $m->delete($op[1]);
            shm_remove_var($std, $op[1]);
        }
    }
    $a = shmop_open($ka, 'a', 0, 0);
    $b = shmop_open($kb, 'a', 0, 0);
    // the head and every chunk header and value; chunk padding is not written by either
    $used = unpack('q', shmop_read($a, 16, 8))[1];
    var_dump($used === unpack('q', shmop_read($b, 16, 8))[1]);
    var_dump(shmop_read($a, 0, 40) === shmop_read($b, 0, 40));
    $pos = 40;
    $same = true;
    while ($pos < $used) {
        [, $key, $len, $next] = unpack('q3', shmop_read($a, $pos, 24));
        $same = $same && shmop_read($a, $pos, 24 + $len) === shmop_read($b, $pos, 24 + $len);
        $pos += $next;
    }
    var_dump($same, $pos === $used, $m->keys());
} finally {
    $m->remove();
    shm_remove($std);
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  int(-4)
  [1]=>
  int(3)
  [2]=>
  int(9)
}
