--TEST--
FileQ\Process::signal(): fileq's sleep() and usleep() give what PHP's own give: the whole seconds left (truncated) when a signal ends sleep(), and a time of 2^32 or more taken modulo 2^32 (PHP casts it to unsigned int)
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
    $r = $sleep();
    Process::kill($c, Process::SIGKILL);
    Process::wait($c);
    return $r;
}

Process::signal(Process::SIGUSR2, fn () => null, true, false);
foreach (["PHP's own", "fileq's (a restarting handler is set)"] as $i => $whose) {
    if ($i === 1) {
        Process::signal(Process::SIGUSR1, fn () => null);
    }
    echo "== $whose\n";
    echo "sleep(2) ended at once: ", var_export(poked(fn () => sleep(2)), true), "\n";
    echo "sleep(2**32 + 2) ended at once: ", var_export(poked(fn () => sleep((1 << 32) + 2)), true), "\n";
    echo "sleep(2**32): ", var_export(poked(fn () => sleep(1 << 32)), true), "\n";
    /* The other side of 2^32 µs would be 71 minutes: a signal after 5 s ends it. */
    $guard = Process::fork(function () {
        usleep(5000000);
        Process::kill(Process::parentPid(), Process::SIGUSR2);
        return 0;
    });
    $t = hrtime(true);
    usleep((1 << 32) + 1000);
    echo "usleep(2**32 + 1000) took less than 4 s: ", var_export(hrtime(true) - $t < 4e9, true), "\n";
    Process::kill($guard, Process::SIGKILL);
    Process::wait($guard);
}
?>
--EXPECT--
== PHP's own
sleep(2) ended at once: 1
sleep(2**32 + 2) ended at once: 1
sleep(2**32): 0
usleep(2**32 + 1000) took less than 4 s: true
== fileq's (a restarting handler is set)
sleep(2) ended at once: 1
sleep(2**32 + 2) ended at once: 1
sleep(2**32): 0
usleep(2**32 + 1000) took less than 4 s: true
