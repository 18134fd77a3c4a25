--TEST--
Semaphore: a forked child's copy of a held object holds nothing, and its end does not release the parent's hold
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
$s = new FileQ\Semaphore(ftok(__FILE__, 'x'));
try {
    $s->acquire();
    $pid = pcntl_fork();
    if ($pid === 0) {
        echo "child: held ", var_export($s->isHeld(), true), ", acquire(0.1) ", var_export($s->acquire(0.1), true), "\n";
        exit(0);      // $s is destroyed here with autoRelease
    }
    pcntl_waitpid($pid, $status);
    var_dump($s->isHeld(), $s->getValue());
    $s->release();
    var_dump($s->getValue());
} finally {
    $s->remove();
}
?>
--EXPECT--
child: held false, acquire(0.1) false
bool(true)
int(0)
int(1)
