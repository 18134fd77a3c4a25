--TEST--
FileQ\Queue::members() leaves out a member that has exited but is not yet reaped (a zombie)
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
if (!is_readable('/proc/self/stat')) die('skip needs /proc');
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->register('workers');
$pid = pcntl_fork();
if ($pid === 0) {
    $q->register('workers');
    exit(0);
}
// Wait, without reaping it, until the child is a zombie (state Z after the last ')').
for ($i = 0; $i < 2000; $i++) {
    $stat = @file_get_contents("/proc/$pid/stat");
    if ($stat !== false && substr($stat, strrpos($stat, ')') + 2, 1) === 'Z') {
        break;
    }
    usleep(5000);
}
echo "zombie: ", $i < 2000 ? "yes" : "no", "\n";
$me = getmypid();
var_dump(array_keys($q->members('workers')) === [$me]);
pcntl_waitpid($pid, $status);
var_dump(array_keys($q->members('workers')) === [$me]);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_members_zombie.q'); ?>
--EXPECT--
zombie: yes
bool(true)
bool(true)
