--TEST--
SharedMemory::put() is read by shm_get_var()/shm_has_var()
--EXTENSIONS--
fileq
sysvshm
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$m = new FileQ\SharedMemory($key, 2000);
try {
    $m->put(1, ['a' => 1, 'b' => [true, 2.5]]);
    $m->put(2, "bytes\0kept");
    $m->put(1, 'replaced');
    $std = shm_attach($key);
    var_dump(shm_get_var($std, 1), shm_get_var($std, 2) === "bytes\0kept", shm_has_var($std, 2), shm_has_var($std, 3));
    $m->delete(2);
    var_dump(shm_has_var($std, 2));
} finally {
    $m->remove();
}
?>
--EXPECT--
string(8) "replaced"
bool(true)
bool(true)
bool(false)
bool(false)
