--TEST--
FileQ\Process::signal(): fileq's sleep() and usleep() give what PHP's own give: the whole seconds left (truncated) when a signal ends sleep(); a time of 2^32 or more is PHP's own to judge (8.5 and older wrap it, 8.6 refuses it)
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (PHP_INT_SIZE < 8) die('skip 64-bit');
if (!is_readable('/proc/self/wchan')) die('skip needs /proc/<pid>/wchan');
--FILE--
<?php
use FileQ\Process;

/* A child that sends SIGUSR2 (set to end sleeps) once this process sleeps in the kernel. */
function poke(): int
{
    return Process::fork(function () {
        $ppid = Process::parentPid();
        for ($i = 0; $i < 20000; $i++) {
            if (str_contains((string) @file_get_contents("/proc/$ppid/wchan"), 'nanosleep')) {
                Process::kill($ppid, Process::SIGUSR2);
                return 0;
            }
            usleep(1000);
        }
        return 1;
    });
}

function poked(callable $sleep): mixed
{
    $c = poke();
    try {
        return $sleep();
    } finally {
        Process::kill($c, Process::SIGKILL);
        Process::wait($c);
    }
}

/* What a call gives: its value, or the exception it throws (PHP 8.6's sleep() refuses 2^32 and more). */
function given(callable $f): string
{
    try {
        return var_export($f(), true);
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}

Process::signal(Process::SIGUSR2, fn () => null, true, false);
$got = [];
foreach ([0, 1] as $i) {
    if ($i === 1) {
        Process::signal(Process::SIGUSR1, fn () => null);  // a restarting handler: fileq's sleep() and usleep() take over
    }
    $got[$i]['sleep(2), a signal at once'] = given(fn () => poked(fn () => sleep(2)));
    $got[$i]['sleep(2**32 + 2), a signal at once'] = given(fn () => poked(fn () => sleep((1 << 32) + 2)));
    $got[$i]['sleep(2**32), a signal at once'] = given(fn () => poked(fn () => sleep(1 << 32)));
    /* The other side of 2^32 us would be 71 minutes: a signal after 5 s ends it. */
    $guard = Process::fork(function () {
        usleep(5000000);
        Process::kill(Process::parentPid(), Process::SIGUSR2);
        return 0;
    });
    $got[$i]['usleep(2**32 + 1000) over in less than 4 s'] = given(function () {
        $t = hrtime(true);
        usleep((1 << 32) + 1000);
        return hrtime(true) - $t < 4e9;
    });
    Process::kill($guard, Process::SIGKILL);
    Process::wait($guard);
}
echo "PHP's own sleep(2), a signal at once: ", $got[0]['sleep(2), a signal at once'], "\n";
foreach ($got[0] as $case => $own) {
    echo "$case: ", $own === $got[1][$case] ? "fileq's gives what PHP's own gives" : "PHP's own $own, fileq's {$got[1][$case]}", "\n";
}
?>
--EXPECT--
PHP's own sleep(2), a signal at once: 1
sleep(2), a signal at once: fileq's gives what PHP's own gives
sleep(2**32 + 2), a signal at once: fileq's gives what PHP's own gives
sleep(2**32), a signal at once: fileq's gives what PHP's own gives
usleep(2**32 + 1000) over in less than 4 s: fileq's gives what PHP's own gives
