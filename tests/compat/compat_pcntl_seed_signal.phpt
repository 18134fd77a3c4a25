--TEST--
pcntl/posix stand-ins: the seed's signal example (declare(ticks=10), pcntl_signal(SIGINT), posix_kill) runs unchanged, shorter sleeps
--EXTENSIONS--
fileq
--INI--
pcre.jit=0
--FILE--
<?php
// The seed's example (seeds/001, "信号"), only the two sleep(5) of the parent
// and the child's sleep(1) shortened; run as its own process with no shared
// extension but fileq, like `php -n -d extension=fileq.so`.
$code = <<<'SEED'
<?php
$parentPid = posix_getpid();
echo "parent progress pid:{$parentPid}\n";

// 定义一个信号处理函数
function sighandler($signo) {
    $pid = posix_getpid();
    echo "{$pid} progress,oh no ,I'm killed!\n";
    exit(1);
}

$pid = pcntl_fork();
if ( $pid == -1) {
    // 创建失败
    exit("fork progress error!\n");
} else if ($pid == 0) {
    // 子进程执行程序
    // 注册信号处理函数
    declare(ticks=10);
    pcntl_signal(SIGINT, "sighandler");
    $pid = posix_getpid();
    while(true){
        echo "{$pid} child progress is running!\n";
        usleep(100000);
    }
    exit("({$pid})child progress end!\n");
}else{
    // 父进程执行程序
    $childList[$pid] = 1;
    // 5秒后,父进程向子进程发送sigint信号.
    usleep(500000);
    posix_kill($pid,SIGINT);
    usleep(500000);
}
echo "({$parentPid})main progress end!\n";
SEED;
$file = __DIR__ . '/compat_pcntl_seed_signal.d.php';
file_put_contents($file, $code);
$cmd = escapeshellarg(PHP_BINARY) . ' -n -d extension_dir=' . escapeshellarg(ini_get('extension_dir'))
    . ' -d extension=fileq ' . escapeshellarg($file) . ' 2>&1';
exec($cmd, $lines, $rc);
unlink($file);
$running = count(preg_grep('/^\d+ child progress is running!$/', $lines));
$killed = preg_grep("/^\\d+ progress,oh no ,I'm killed!$/", $lines);
var_dump($rc, $running >= 1, count($killed));
echo $lines[0] === 'parent progress pid:' . substr(end($lines), 1, strpos(end($lines), ')') - 1) ? "parent pid matches\n" : "parent pid differs\n";
echo preg_replace('/^\(\d+\)/', '(pid)', end($lines)), "\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/compat_pcntl_seed_signal.d.php');
?>
--EXPECT--
int(0)
bool(true)
int(1)
parent pid matches
(pid)main progress end!
