--TEST--
Semaphore: removing it wakes a waiting process with an exception naming the key (EIDRM)
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--INI--
pcre.jit=0
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$s = new FileQ\Semaphore($key);
$s->acquire();
$pid = pcntl_fork();
if ($pid === 0) {
    $w = new FileQ\Semaphore($key);
    try {
        $w->acquire();
        echo "child: acquired?\n";
    } catch (FileQ\IOException $e) {
        printf("child: %d %s\n", $e->getCode(), preg_replace('/0x[0-9a-f]+ \(id \d+\)/', 'KEY', $e->getMessage()));
    }
    exit(0);
}
usleep(300000);
$s->remove();
pcntl_waitpid($pid, $status);
try {
    $s->acquire(0);
} catch (FileQ\IOException $e) {
    printf("parent: %d %s\n", $e->getCode(), preg_replace('/0x[0-9a-f]+ \(id \d+\)/', 'KEY', $e->getMessage()));
}
var_dump($s->isHeld());
?>
--EXPECT--
child: 43 semop(acquire) on semaphore key KEY: Identifier removed
parent: 43 semop(acquire) on semaphore key KEY: Identifier removed
bool(false)
