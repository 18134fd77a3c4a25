--TEST--
FileQ\Process::signal(): a worker blocked in wait() or shift(-1) whose SIGTERM handler sets a stop flag returns within 50 ms of the signal
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$sent = $f . '.sent';
$bound = getenv('FILEQ_VALGRIND') || getenv('ZEND_DONT_UNLOAD_MODULES') ? 1000 : 50;  // ms; valgrind is slow
@unlink($f);
$q = new FileQ\Queue($f, 64);
$stop = false;
FileQ\Process::signal(SIGTERM, function () use (&$stop) { $stop = true; });

$calls = [
    'wait()' => fn () => $q->wait(),
    'wait(30)' => fn () => $q->wait(30),
    'shift(-1)' => fn () => $q->shift(-1),
    'pop(30)' => fn () => $q->pop(30),
];
foreach ($calls as $name => $call) {
    $stop = false;
    $parent = getmypid();
    // The sender notes when it signalled (hrtime: one monotonic clock for every process).
    $pid = FileQ\Process::fork(function () use ($parent, $sent) {
        usleep(200000);
        $t = hrtime(true);
        FileQ\Process::kill($parent, SIGTERM);
        file_put_contents("$sent.tmp", (string) $t);
        rename("$sent.tmp", $sent);
        return 0;
    });
    $result = $call();
    $back = hrtime(true);
    FileQ\Process::wait($pid);
    $late = ($back - (int) file_get_contents($sent)) / 1e6;
    printf("%-9s returned %s, stop %s, %s\n", $name, var_export($result, true), var_export($stop, true),
        $late < $bound ? "within 50 ms" : "after $late ms");
}
?>
--CLEAN--
<?php
$f = __DIR__ . '/process_stop_flag.q';
@unlink($f);
@unlink($f . '.sent');
@unlink($f . '.sent.tmp');
?>
--EXPECT--
wait()    returned false, stop true, within 50 ms
wait(30)  returned false, stop true, within 50 ms
shift(-1) returned NULL, stop true, within 50 ms
pop(30)   returned NULL, stop true, within 50 ms
