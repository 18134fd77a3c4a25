--TEST--
posix stand-in: the same scripts print the same with ext/posix and with fileq's posix_* (pcntl as this PHP has it)
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!file_exists(ini_get('extension_dir') . '/posix.so')) die('skip no shared posix.so to compare with');
if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'pcntl') die('skip needs the real pcntl');
--FILE--
<?php
require __DIR__ . '/compat_pcntl_diff.inc';
$php = escapeshellarg(PHP_BINARY) . ' -n -d extension_dir=' . escapeshellarg(ini_get('extension_dir'));
compat_proc_diff(__DIR__ . '/compat_posix_diff.d', "$php -d extension=posix", "$php -d extension=fileq");
?>
--CLEAN--
<?php
$dir = __DIR__ . '/compat_posix_diff.d';
foreach (glob("$dir/*") as $f) {
    @unlink($f);
}
@rmdir($dir);
?>
--EXPECT--
fork_wait: same
stop_continue: same
dispatch: same
ticks: same
async: same
sigprocmask: same
alarm: same
restart: same
sigchld: same
nested: same
errors: same
posix: same
