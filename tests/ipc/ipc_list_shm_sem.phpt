--TEST--
Ipc::list() shows semaphore sets and shared memory segments with their sizes, counts and pids
--EXTENSIONS--
fileq
--FILE--
<?php
function find(array $list, int $key): ?array {
    foreach ($list as $e) {
        if ($e['key'] === $key) {
            return $e;
        }
    }
    return null;
}
$ks = ftok(__FILE__, 's');
$km = ftok(__FILE__, 'm');
$sem = new FileQ\Semaphore($ks);
$shm = new FileQ\SharedMemory($km, 5000, 0600);
try {
    $all = FileQ\Ipc::list();
    var_dump(array_keys($all));
    $s = find($all['sem'], $ks);
    var_dump($s['id'] === $sem->getId(), $s['nsems'], decoct($s['perms']));
    $m = find($all['shm'], $km);
    var_dump($m['id'] === $shm->getId(), $m['size'], decoct($m['perms']), $m['nattch'], $m['cpid'] === getmypid());
    var_dump(array_slice(array_keys($m), 0, 7));
} finally {
    $sem->remove();
    $shm->remove();
}
$all = FileQ\Ipc::list();
var_dump(find($all['sem'], $ks), find($all['shm'], $km));
?>
--EXPECT--
array(3) {
  [0]=>
  string(3) "msg"
  [1]=>
  string(3) "sem"
  [2]=>
  string(3) "shm"
}
bool(true)
int(3)
string(3) "600"
bool(true)
int(5000)
string(3) "600"
int(1)
bool(true)
array(7) {
  [0]=>
  string(3) "key"
  [1]=>
  string(2) "id"
  [2]=>
  string(5) "perms"
  [3]=>
  string(3) "uid"
  [4]=>
  string(3) "gid"
  [5]=>
  string(4) "cuid"
  [6]=>
  string(4) "cgid"
}
NULL
NULL
