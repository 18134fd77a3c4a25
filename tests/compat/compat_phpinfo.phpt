--TEST--
compat: phpinfo() says which standard IPC families fileq provides
--SKIPIF--
<?php if (extension_loaded('sysvsem')) die('skip sysvsem is loaded'); ?>
--INI--
pcre.jit=0
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match_all('/^sysv(msg|sem|shm) functions => .*$/m', $info, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
sysvmsg functions => provided by fileq (extension not loaded)
sysvsem functions => provided by fileq (extension not loaded)
sysvshm functions => provided by fileq (extension not loaded)
