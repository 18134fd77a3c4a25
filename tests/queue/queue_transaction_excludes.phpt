--TEST--
FileQ\Queue::transaction() excludes other processes for its whole duration
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
$q->transaction(function ($q) use ($f) {
    $q->push('parent-1');
    $pid = pcntl_fork();
    if ($pid === 0) {
        // its own handle (the inherited one is inside the parent's transaction: it throws)
        (new FileQ\Queue($f))->push('child');   // waits for the parent's lock
        exit(0);
    }
    usleep(300000);
    $q->push('parent-2');
    $GLOBALS['child'] = $pid;
});
pcntl_waitpid($child, $status);
while (($m = $q->shift()) !== null) {
    echo $m, "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_transaction_excludes.q'); ?>
--EXPECT--
parent-1
parent-2
child
