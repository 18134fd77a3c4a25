--TEST--
FileQ\Queue::pop($timeout) / shift($timeout): wait for a push in one call, null when the time passes; 0 does not wait; bad timeouts are ValueErrors
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f, 64);

// Nothing queued: 0 answers at once, a timeout waits it out.
$t = hrtime(true);
var_dump($q->shift(), $q->pop(0));
echo (hrtime(true) - $t) < (getenv('FILEQ_VALGRIND') || getenv('ZEND_DONT_UNLOAD_MODULES') ? 1000e6 : 50e6) ? "no wait\n" : "waited\n";
$t = hrtime(true);
var_dump($q->shift(0.2));
$ms = (hrtime(true) - $t) / 1e6;
echo $ms >= 190 && $ms < 1000 ? "shift(0.2): about 0.2 s\n" : "shift(0.2): $ms ms\n";
$t = hrtime(true);
var_dump($q->pop(0.1));
$ms = (hrtime(true) - $t) / 1e6;
echo $ms >= 90 && $ms < 1000 ? "pop(0.1): about 0.1 s\n" : "pop(0.1): $ms ms\n";

// Something queued: returned at once, timeout or not.
$q->push('a');
$q->push('b');
var_dump($q->shift(5), $q->pop(-1));

// Another process pushes while this one waits (for ever, then with a deadline).
foreach ([-1, 10] as $timeout) {
    $pid = FileQ\Process::fork(function () use ($f) {
        usleep(150000);
        (new FileQ\Queue($f))->push('from ' . getmypid());
        return 0;
    });
    $t = hrtime(true);
    $got = $q->shift($timeout);
    $ms = (hrtime(true) - $t) / 1e6;
    var_dump($got === "from $pid");
    echo $ms >= 100 && $ms < 5000 ? "woken by the push\n" : "after $ms ms\n";
    FileQ\Process::wait($pid);
}

foreach ([-2, -0.5, NAN] as $bad) {
    try {
        $q->shift($bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    $q->pop(-3);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_take_timeout.q'); ?>
--EXPECT--
NULL
NULL
no wait
NULL
shift(0.2): about 0.2 s
NULL
pop(0.1): about 0.1 s
string(1) "a"
string(1) "b"
bool(true)
woken by the push
bool(true)
woken by the push
FileQ\Queue::shift(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\Queue::shift(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\Queue::shift(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\Queue::pop(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
