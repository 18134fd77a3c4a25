--TEST--
posix stand-in: with ext/posix loaded, fileq leaves its functions and constants alone
--EXTENSIONS--
posix
fileq
--FILE--
<?php
echo (new ReflectionFunction('posix_getpid'))->getExtensionName(), "\n";
echo (new ReflectionFunction('posix_mkfifo'))->getExtensionName(), "\n";
var_dump(posix_getpid() === getmypid(), POSIX_R_OK);
?>
--EXPECT--
posix
posix
bool(true)
int(4)
