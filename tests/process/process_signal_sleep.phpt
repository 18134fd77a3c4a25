--TEST--
FileQ\Process::signal(): with its default $restartSyscalls, usleep() and sleep() sleep their whole time through the signal and the handler runs after; with false they end at the signal, as PHP's own do
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'pcntl_waitpid', 'posix_kill'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
use FileQ\Process;

$me = getmypid();
// A child that sends SIGUSR1 to us after 50 ms.
function poke(int $me): int
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep(50000);
        posix_kill($me, SIGUSR1);
        exit(0);
    }
    return $pid;
}

$ran = [];
Process::signal(SIGUSR1, function (int $sig) use (&$ran) { $ran[] = hrtime(true); });
$pid = poke($me);
$t = hrtime(true);
usleep(200000);
$slept = (hrtime(true) - $t) / 1e9;
pcntl_waitpid($pid, $status);
echo "usleep(200000) slept the full 0.2 s: ", var_export($slept >= 0.2, true), "\n";
echo "the handler ran once, after the sleep: ", var_export(count($ran) === 1 && $ran[0] >= $t + 200000000, true), "\n";

$ran = [];
$pid = poke($me);
$t = hrtime(true);
$left = sleep(1);
$slept = (hrtime(true) - $t) / 1e9;
pcntl_waitpid($pid, $status);
echo "sleep(1) returned $left after the full second: ", var_export($slept >= 1.0, true), ", handler ran ", count($ran), "\n";

// $restartSyscalls = false: the signal ends the sleep, as without fileq.
$ran = [];
Process::signal(SIGUSR1, function (int $sig) use (&$ran) { $ran[] = hrtime(true); }, true, false);
$pid = poke($me);
$t = hrtime(true);
usleep(2000000);
$slept = (hrtime(true) - $t) / 1e9;
pcntl_waitpid($pid, $status);
echo "without restart, usleep(2000000) ended early: ", var_export($slept < 1.5, true), ", handler ran ", count($ran), "\n";
$pid = poke($me);
$left = sleep(5);
pcntl_waitpid($pid, $status);
echo "without restart, sleep(5) returned the seconds left: ", var_export($left >= 1 && $left <= 5, true), "\n";

// Bad input is refused as PHP refuses it.
Process::signal(SIGUSR1, fn() => null);
try {
    usleep(-1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    sleep(-1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
usleep(200000) slept the full 0.2 s: true
the handler ran once, after the sleep: true
sleep(1) returned 0 after the full second: true, handler ran 1
without restart, usleep(2000000) ended early: true, handler ran 1
without restart, sleep(5) returned the seconds left: true
usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
sleep(): Argument #1 ($seconds) must be greater than or equal to 0
