--TEST--
SharedMemory + Semaphore: the seed's counter, three forked producers, the count exact
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
const SHARE_KEY = 1;
$memory = FileQ\SharedMemory::fromPath(__FILE__, 'm');
$lock = FileQ\Semaphore::fromPath(__FILE__, 's');
try {
    $children = [];
    for ($i = 0; $i < 3; $i++) {
        if (($pid = pcntl_fork()) === 0) {
            for ($n = 0; $n < 100; $n++) {
                $lock->synchronized(function () use ($memory) {
                    $memory->put(SHARE_KEY, $memory->get(SHARE_KEY, 0) + 1);
                });
            }
            exit(0);
        }
        $children[] = $pid;
    }
    foreach ($children as $pid) {
        pcntl_waitpid($pid, $status);
    }
    var_dump($memory->get(SHARE_KEY));
} finally {
    $memory->remove();
    $lock->remove();
}
?>
--EXPECT--
int(300)
