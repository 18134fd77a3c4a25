--TEST--
FileQ\Queue::members() prunes processes that have exited and pids reused by another process
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$pid = pcntl_fork();
if ($pid === 0) {
    $q->register();
    exit(0);
}
pcntl_waitpid($pid, $status);
$q->register();  // the dead child's entry goes
$me = getmypid();
var_dump(count($q->boot()['handlers']));
// An entry for our own pid but another start time: the pid was reused.
$q->updateBoot(function (&$b) use ($me) {
    $b['handlers'][$me + 0]['start_time'] += 12345;
    $b['handlers'][2147480000] = ['process_id' => 2147480000, 'last_update' => 0.0];
});
var_dump(count($q->boot()['handlers']));
var_dump($q->members());
$q->register();
var_dump(array_keys($q->members()) === [$me]);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_members_prune.q'); ?>
--EXPECT--
int(1)
int(2)
array(0) {
}
bool(true)
