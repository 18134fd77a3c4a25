<?php
/*
 * Example 3 of the four IPC examples of the project's second seed
 * document (seeds/001, section "信号"), copied unchanged below this
 * comment; .ci/seed-examples runs it with fileq standing in for the IPC
 * extensions.
 *
 * A signal: the child installs a SIGINT handler (pcntl_signal() with
 * declare(ticks)), the parent posix_kill()s it after 5 s, the handler
 * prints and exits; about 10 s in all.
 */
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
        sleep(1);
    }
    exit("({$pid})child progress end!\n");
}else{
    // 父进程执行程序
    $childList[$pid] = 1;
    // 5秒后,父进程向子进程发送sigint信号.
    sleep(5);
    posix_kill($pid,SIGINT);
    sleep(5);
}
echo "({$parentPid})main progress end!\n";
