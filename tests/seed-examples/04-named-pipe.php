<?php
/*
 * Example 4 of the four IPC examples of the project's second seed
 * document (seeds/001, section "管道（有名管道）"), copied unchanged below this
 * comment; .ci/seed-examples runs it with fileq standing in for the IPC
 * extensions.
 *
 * A named pipe: posix_mkfifo('/data/test.pipe'), a child writes to it and
 * the parent reads from it, both for ever (.ci/seed-examples stops them).
 */
// 定义管道路径,与创建管道
$pipe_path = '/data/test.pipe';
if(!file_exists($pipe_path)){
    if(!posix_mkfifo($pipe_path,0664)){
        exit("create pipe error!");
    }
}
$pid = pcntl_fork();
if($pid == 0){
    // 子进程,向管道写数据
    $file = fopen($pipe_path,'w');
    while (true){
        fwrite($file,'hello world');
        $rand = rand(1,3);
        sleep($rand);
    }
    exit('child end!');
}else{
    // 父进程,从管道读数据
    $file = fopen($pipe_path,'r');
    while (true){
        $rel = fread($file,20);
        echo "{$rel}\n";
        $rand = rand(1,2);
        sleep($rand);
    }
}
