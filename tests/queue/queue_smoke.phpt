--TEST--
make test: fileq alone; a test names the real IPC extensions it needs
--EXTENSIONS--
fileq
sysvmsg
mbstring
--FILE--
<?php
var_dump(extension_loaded('fileq'), extension_loaded('sysvmsg'), function_exists('mb_strlen'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
