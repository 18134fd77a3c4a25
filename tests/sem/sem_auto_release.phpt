--TEST--
Semaphore: destroying a held object gives it back with autoRelease, not without (the kernel does when the process exits)
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
$key = ftok(__FILE__, 'x');
$s = new FileQ\Semaphore($key);
try {
    $held = new FileQ\Semaphore($key);
    $held->acquire();
    var_dump($s->getValue());
    unset($held);
    var_dump($s->getValue());

    $pid = pcntl_fork();
    if ($pid === 0) {
        $kept = new FileQ\Semaphore($key, 1, 0666, false);
        $kept->acquire();
        unset($kept);
        echo "child: value after unset ", (new FileQ\Semaphore($key))->getValue(), "\n";
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    var_dump($s->getValue());    // the child exited: SEM_UNDO gave it back
} finally {
    $s->remove();
}
?>
--EXPECT--
int(0)
int(1)
child: value after unset 0
int(1)
