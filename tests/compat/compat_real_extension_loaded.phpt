--TEST--
compat: when the real extensions are loaded, fileq leaves their names alone
--EXTENSIONS--
sysvmsg
sysvsem
sysvshm
--FILE--
<?php
$compat = FileQ\compat();
var_dump(array_slice($compat, 0, 3));
// posix, pcntl and shmop: provided exactly when the real one is not there
var_dump(array_keys($compat), $compat['posix'] === ((new ReflectionFunction('posix_getpid'))->getExtensionName() === 'fileq'),
    $compat['pcntl'] === ((new ReflectionFunction('pcntl_fork'))->getExtensionName() === 'fileq'),
    $compat['shmop'] === ((new ReflectionFunction('shmop_open'))->getExtensionName() === 'fileq'),
    $compat['shmop'] === ((new ReflectionClass('Shmop'))->getExtensionName() === 'fileq'));
var_dump((new ReflectionFunction('msg_send'))->getExtensionName() === 'sysvmsg');
var_dump((new ReflectionFunction('sem_get'))->getExtensionName() === 'sysvsem');
var_dump((new ReflectionFunction('shm_attach'))->getExtensionName() === 'sysvshm');
var_dump((new ReflectionClass('SysvMessageQueue'))->getExtensionName(), (new ReflectionClass('SysvSharedMemory'))->getExtensionName());
var_dump(array_intersect(get_extension_funcs('fileq'), ['msg_send', 'sem_get', 'shm_attach']));
?>
--EXPECT--
array(3) {
  ["sysvmsg"]=>
  bool(false)
  ["sysvsem"]=>
  bool(false)
  ["sysvshm"]=>
  bool(false)
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
bool(true)
bool(true)
bool(true)
string(7) "sysvmsg"
string(7) "sysvshm"
array(0) {
}
