--TEST--
pcntl stand-in: the same scripts print the same under Debian's PHP (real pcntl and posix) and under a PHP without them + fileq
--EXTENSIONS--
fileq
--SKIPIF--
<?php
require __DIR__ . '/differential.inc';
fq_diff_skipif(FQ_DIFF_PROCESS_SCRIPTS, ['pcntl', 'posix']);
--FILE--
<?php
require __DIR__ . '/differential.inc';
fq_diff(FQ_DIFF_PROCESS_SCRIPTS, ['pcntl', 'posix'], false);
?>
--EXPECT--
real:  pcntl posix
fileq: fileq fileq
pcntl_fork_wait: same output
pcntl_stop_continue: same output
pcntl_dispatch: same output
pcntl_ticks: same output
pcntl_async: same output
pcntl_sigprocmask: same output
pcntl_alarm: same output
pcntl_restart: same output
pcntl_sigchld: same output
pcntl_nested: same output
pcntl_errors: same output
posix_calls: same output
posix_accounts: same output
posix_files: same output
pcntl_more: same output
process_signatures: same output
