--TEST--
FileQ\Process::signal(): system calls restart after the handler by default (a blocking flock() in a job goes on, as with pcntl_signal()); $restartSyscalls = false interrupts them
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.lock';
$ready = $file . '.held';
$hits = 0;
foreach ([true, false] as $restart) {
    @unlink($ready);
    FileQ\Process::signal(SIGUSR1, function () use (&$hits) { $hits++; }, true, $restart);
    $parent = getmypid();
    $pid = FileQ\Process::fork(function () use ($parent, $file, $ready) {
        $h = fopen($file, 'c');
        flock($h, LOCK_EX);
        touch($ready);
        usleep(150000);
        FileQ\Process::kill($parent, SIGUSR1);  // while the parent waits in flock()
        usleep(200000);
        flock($h, LOCK_UN);
        return 0;
    });
    while (!file_exists($ready)) {
        usleep(1000);
    }
    $h = fopen($file, 'c');
    $t = hrtime(true);
    $got = flock($h, LOCK_EX);
    $ms = (hrtime(true) - $t) / 1e6;
    fclose($h);
    FileQ\Process::wait($pid);
    printf("restart %s: flock() %s %s, handler ran %d time(s)\n", var_export($restart, true), var_export($got, true),
        $ms >= 300 ? "once the holder let go" : "early", $hits);
}
@unlink($file);
@unlink($ready);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/process_signal_restart.lock');
@unlink(__DIR__ . '/process_signal_restart.lock.held');
?>
--EXPECT--
restart true: flock() true once the holder let go, handler ran 1 time(s)
restart false: flock() false early, handler ran 2 time(s)
