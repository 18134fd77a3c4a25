--TEST--
posix stand-in: fileq provides the posix_* functions and POSIX_*_OK when ext/posix is not loaded
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (extension_loaded('posix')) die('skip the real posix is loaded');
--FILE--
<?php
foreach (['posix_getpid', 'posix_kill', 'posix_mkfifo', 'posix_errno', 'posix_access'] as $f) {
    echo $f, ': ', (new ReflectionFunction($f))->getExtensionName(), "\n";
}
var_dump(posix_getpid() === getmypid());
var_dump(posix_getppid() > 0, posix_getppid() !== posix_getpid());
var_dump(posix_getuid() === getmyuid(), posix_getgid() === getmygid());
var_dump(is_int(posix_geteuid()), is_int(posix_getegid()));
var_dump(posix_getpgid(0) === posix_getpgrp(), posix_getpgid(posix_getpid()) === posix_getpgrp());
var_dump(posix_getcwd() === getcwd());
var_dump(array_keys(posix_times()));
$u = posix_uname();
var_dump(array_slice(array_keys($u), 0, 5), $u['sysname'] === PHP_OS);
var_dump(POSIX_F_OK, POSIX_X_OK, POSIX_W_OK, POSIX_R_OK);
var_dump(posix_access(__FILE__), posix_access(__FILE__, POSIX_R_OK | POSIX_W_OK));
var_dump(posix_kill(posix_getpid(), 0), posix_get_last_error());
$f = fopen(__FILE__, 'r');
var_dump(posix_isatty($f), posix_isatty(9999));
?>
--EXPECT--
posix_getpid: fileq
posix_kill: fileq
posix_mkfifo: fileq
posix_errno: fileq
posix_access: fileq
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(5) {
  [0]=>
  string(5) "ticks"
  [1]=>
  string(5) "utime"
  [2]=>
  string(5) "stime"
  [3]=>
  string(6) "cutime"
  [4]=>
  string(6) "cstime"
}
array(5) {
  [0]=>
  string(7) "sysname"
  [1]=>
  string(8) "nodename"
  [2]=>
  string(7) "release"
  [3]=>
  string(7) "version"
  [4]=>
  string(7) "machine"
}
bool(true)
int(0)
int(1)
int(2)
int(4)
bool(true)
bool(true)
bool(true)
int(0)
bool(false)
bool(false)
