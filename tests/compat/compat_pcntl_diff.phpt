--TEST--
pcntl stand-in: the same scripts print the same under Debian's PHP (real pcntl and posix) and under a PHP without them + fileq
--EXTENSIONS--
fileq
--SKIPIF--
<?php
require __DIR__ . '/compat_pcntl_diff_cmds.inc';
if (is_string($cmds = compat_pcntl_diff_cmds())) die("skip $cmds");
--FILE--
<?php
require __DIR__ . '/compat_pcntl_diff.inc';
require __DIR__ . '/compat_pcntl_diff_cmds.inc';
[$real, $fileq] = compat_pcntl_diff_cmds();
compat_proc_diff(__DIR__ . '/compat_pcntl_diff.d', $real, $fileq);
?>
--CLEAN--
<?php
$dir = __DIR__ . '/compat_pcntl_diff.d';
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
