--TEST--
posix stand-in: failures return false and set posix_get_last_error()/posix_errno(); posix_strerror() names them; bad arguments throw as ext/posix's
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (extension_loaded('posix')) die('skip the real posix is loaded');
--FILE--
<?php
// A pid that cannot exist (above Linux's PID_MAX_LIMIT).
var_dump(posix_kill(4194305, 0), posix_get_last_error(), posix_errno(), posix_strerror(posix_errno()));
var_dump(posix_kill(posix_getpid(), 99999), posix_strerror(posix_get_last_error()));
var_dump(posix_mkfifo(__DIR__, 0600), posix_strerror(posix_errno()));
var_dump(posix_access(__DIR__ . '/no/such/file'), posix_strerror(posix_errno()));
var_dump(posix_getpgid(4194305), posix_strerror(posix_errno()));
var_dump(posix_strerror(0));
try {
    posix_kill('x', 0);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    posix_kill(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    posix_mkfifo("a\0b", 0600);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    posix_getpid(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(false)
int(3)
int(3)
string(15) "No such process"
bool(false)
string(16) "Invalid argument"
bool(false)
string(11) "File exists"
bool(false)
string(25) "No such file or directory"
bool(false)
string(15) "No such process"
string(7) "Success"
TypeError: posix_kill(): Argument #1 ($process_id) must be of type int, string given
ArgumentCountError: posix_kill() expects exactly 2 arguments, 1 given
ValueError: posix_mkfifo(): Argument #1 ($filename) must not contain any null bytes
ArgumentCountError: posix_getpid() expects exactly 0 arguments, 1 given
