--TEST--
compat: without sysvmsg/sysvsem/sysvshm, fileq registers their functions, classes and constants under its own name
--SKIPIF--
<?php
foreach (['sysvmsg', 'sysvsem', 'sysvshm'] as $e) {
    if (extension_loaded($e)) die("skip $e is loaded");
}
?>
--FILE--
<?php
$compat = FileQ\compat();
var_dump(array_slice($compat, 0, 3));
// posix, pcntl and shmop: provided exactly when the real one is not there
var_dump(array_keys($compat), $compat['posix'] === ((new ReflectionFunction('posix_getpid'))->getExtensionName() === 'fileq'),
    $compat['pcntl'] === ((new ReflectionFunction('pcntl_fork'))->getExtensionName() === 'fileq'),
    $compat['shmop'] === ((new ReflectionFunction('shmop_open'))->getExtensionName() === 'fileq'),
    $compat['shmop'] === ((new ReflectionClass('Shmop'))->getExtensionName() === 'fileq'));
var_dump((new ReflectionFunction('FileQ\compat'))->getExtensionName());
$names = [];
foreach (['msg_get_queue', 'msg_send', 'msg_receive', 'msg_remove_queue', 'msg_stat_queue', 'msg_set_queue',
          'msg_queue_exists', 'sem_get', 'sem_acquire', 'sem_release', 'sem_remove', 'shm_attach', 'shm_detach',
          'shm_remove', 'shm_put_var', 'shm_get_var', 'shm_has_var', 'shm_remove_var'] as $f) {
    $names[] = "$f:" . (new ReflectionFunction($f))->getExtensionName();
}
echo implode("\n", $names), "\n";
foreach (['SysvMessageQueue', 'SysvSemaphore', 'SysvSharedMemory'] as $c) {
    echo $c, ':', (new ReflectionClass($c))->getExtensionName(), "\n";
}
$consts = get_extension_funcs('fileq');
echo count(array_intersect($consts, ['msg_send', 'sem_get', 'shm_attach'])), " of 3 in get_extension_funcs('fileq')\n";
foreach (['MSG_IPC_NOWAIT', 'MSG_EAGAIN', 'MSG_ENOMSG', 'MSG_NOERROR', 'MSG_EXCEPT'] as $c) {
    echo $c, '=', constant($c), ' ';
}
echo "\n";
?>
--EXPECT--
array(3) {
  ["sysvmsg"]=>
  bool(true)
  ["sysvsem"]=>
  bool(true)
  ["sysvshm"]=>
  bool(true)
}
array(6) {
  [0]=>
  string(7) "sysvmsg"
  [1]=>
  string(7) "sysvsem"
  [2]=>
  string(7) "sysvshm"
  [3]=>
  string(5) "posix"
  [4]=>
  string(5) "pcntl"
  [5]=>
  string(5) "shmop"
}
bool(true)
bool(true)
bool(true)
bool(true)
string(5) "fileq"
msg_get_queue:fileq
msg_send:fileq
msg_receive:fileq
msg_remove_queue:fileq
msg_stat_queue:fileq
msg_set_queue:fileq
msg_queue_exists:fileq
sem_get:fileq
sem_acquire:fileq
sem_release:fileq
sem_remove:fileq
shm_attach:fileq
shm_detach:fileq
shm_remove:fileq
shm_put_var:fileq
shm_get_var:fileq
shm_has_var:fileq
shm_remove_var:fileq
SysvMessageQueue:fileq
SysvSemaphore:fileq
SysvSharedMemory:fileq
3 of 3 in get_extension_funcs('fileq')
MSG_IPC_NOWAIT=1 MSG_EAGAIN=11 MSG_ENOMSG=42 MSG_NOERROR=2 MSG_EXCEPT=4 
