--TEST--
FileQ\Queue opened before fork(): 5 processes x 400 updateBoot() increments end at exactly 2000
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid', 'pcntl_wexitstatus', 'pcntl_wifexited'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->updateBoot(fn($b) => ['counter' => 0]);
$children = [];
for ($i = 0; $i < 5; $i++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        for ($j = 0; $j < 400; $j++) {
            $q->updateBoot(function (array &$b) {
                $b['counter']++;
            });
        }
        exit(0);
    }
    $children[] = $pid;
}
foreach ($children as $pid) {
    pcntl_waitpid($pid, $status);
    if (!pcntl_wifexited($status) || pcntl_wexitstatus($status) !== 0) {
        echo "child $pid failed\n";
    }
}
var_dump($q->boot()['counter']);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_fork_boot_counter.q'); ?>
--EXPECT--
int(2000)
