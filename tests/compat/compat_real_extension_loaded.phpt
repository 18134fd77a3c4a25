--TEST--
compat: when the real extensions are loaded, fileq leaves their names alone
--EXTENSIONS--
sysvmsg
sysvsem
sysvshm
--FILE--
<?php
var_dump(FileQ\compat());
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
bool(true)
bool(true)
bool(true)
string(7) "sysvmsg"
string(7) "sysvshm"
array(0) {
}
