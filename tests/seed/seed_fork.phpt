--TEST--
seed API: a forked child reopens the cached descriptor, so parent and child exclude each other
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip needs pcntl');
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
file_put_contents("$base.q", '');
@unlink("$base.marker");
$cron_requests_events_settings['queue_file'] = "$base.q";

queue_address_push('parent-1', 16);   // the parent has its descriptor open before the fork

$pid = pcntl_fork();
if ($pid === 0) {
    queue_address_push('child', 16, PHP_INT_MAX, function ($fh) use ($base) {
        touch("$base.marker");
        usleep(300000);                 // hold the lock for a while
        fseek($fh, 0, SEEK_END);
        fwrite($fh, str_pad('child-callback', 16, "\0"));
    });
    exit(0);
}
while (!file_exists("$base.marker")) {
    usleep(1000);
}
// The child holds the lock now. Had it kept the inherited descriptor (the same
// open file description as ours), this push would not wait for it.
queue_address_push('parent-2', 16);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
var_dump(array_map('trim', str_split(file_get_contents("$base.q"), 16)));
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.q");
@unlink("$base.marker");
?>
--EXPECT--
int(0)
array(4) {
  [0]=>
  string(8) "parent-1"
  [1]=>
  string(14) "child-callback"
  [2]=>
  string(5) "child"
  [3]=>
  string(8) "parent-2"
}
