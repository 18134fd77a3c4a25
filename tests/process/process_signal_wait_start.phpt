--TEST--
FileQ\Queue::wait(): a signal whose handler runs ends the wait however early it comes, also while the wait watches the queue before it sleeps (100 waits, a signal 0 to 60 us after each starts; one it did not end would last its whole second)
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'posix_kill'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
// valgrind delivers a signal at points of its own (a system call), not while the code spins
if (getenv('USE_ZEND_ALLOC') === '0') die('skip not under valgrind: it delays signals to its own points');
?>
--FILE--
<?php
use FileQ\Process;
use FileQ\Queue;

$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new Queue($f);
$got = 0;
$ranAt = 0;
Process::signal(SIGUSR1, function () use (&$got, &$ranAt) { $got++; $ranAt = hrtime(true); });
$me = getmypid();
[$mine, $theirs] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$pid = pcntl_fork();
if ($pid === 0) {
    fclose($mine);
    mt_srand(3);
    // each byte read: the parent is about to wait; a signal follows 0 to 60 us later (busy: usleep is coarser)
    while (fread($theirs, 1) === '1') {
        $until = hrtime(true) + mt_rand(0, 60000);
        while (hrtime(true) < $until);
        posix_kill($me, SIGUSR1);
    }
    exit(0);
}
fclose($theirs);
$late = $early = 0;
for ($i = 0; $i < 100; $i++) {
    $before = $got;
    fwrite($mine, '1');
    $t = hrtime(true);
    $r = $q->wait(1.0);
    $end = hrtime(true);
    while ($got === $before) {
        Process::dispatch();
        usleep(100);
    }
    if ($ranAt < $t) {
        $early++;                    // the signal and its handler came before the wait began: not this test's case
    } elseif ($r !== false || ($end - $t) / 1e6 > 800) {
        $late++;                     // the signal came during the wait and did not end it
    }
}
fwrite($mine, '0');
pcntl_waitpid($pid, $status);
echo "handlers run: $got, waits a signal during them did not end: $late\n";
echo "signals during a wait: ", 100 - $early >= 10 ? 'enough' : 'only ' . (100 - $early), "\n";
?>
--CLEAN--
<?php @unlink(__DIR__ . '/process_signal_wait_start.q'); ?>
--EXPECT--
handlers run: 100, waits a signal during them did not end: 0
signals during a wait: enough
