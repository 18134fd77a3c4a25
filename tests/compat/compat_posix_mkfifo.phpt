--TEST--
posix stand-in: posix_mkfifo() makes a FIFO with the mode less the umask, and refuses an existing path
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (extension_loaded('posix')) die('skip the real posix is loaded');
--FILE--
<?php
$path = __DIR__ . '/compat_posix_mkfifo.fifo';
$old = umask(022);
var_dump(posix_mkfifo($path, 0666));
umask($old);
clearstatcache();
var_dump(filetype($path), sprintf('%o', fileperms($path) & 0777));
var_dump(posix_mkfifo($path, 0666), posix_get_last_error());
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/compat_posix_mkfifo.fifo');
?>
--EXPECT--
bool(true)
string(4) "fifo"
string(3) "644"
bool(false)
int(17)
