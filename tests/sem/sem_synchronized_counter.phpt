--TEST--
Semaphore::synchronized(): 4 processes increment a file counter 200 times each, ending at exactly 800
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid', 'pcntl_wexitstatus'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.counter';
file_put_contents($file, '0');
$key = ftok(__FILE__, 'x');
$s = new FileQ\Semaphore($key);
try {
    $children = [];
    for ($p = 0; $p < 4; $p++) {
        if (($pid = pcntl_fork()) === 0) {
            $mine = new FileQ\Semaphore($key);
            for ($i = 0; $i < 200; $i++) {
                $mine->synchronized(function () use ($file) {
                    $n = (int) file_get_contents($file);
                    file_put_contents($file, (string) ($n + 1));
                });
            }
            exit(0);
        }
        $children[] = $pid;
    }
    $codes = [];
    foreach ($children as $pid) {
        pcntl_waitpid($pid, $status);
        $codes[] = pcntl_wexitstatus($status);
    }
    var_dump(file_get_contents($file), $codes, $s->getValue());
} finally {
    $s->remove();
}
?>
--CLEAN--
<?php
// the counter file of --FILE-- (run from the .php copy of this test)
@unlink(__DIR__ . '/sem_synchronized_counter.counter');
?>
--EXPECT--
string(3) "800"
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
int(1)
