--TEST--
FileQ\Queue: a process that locks again at once does not keep a waiting one out (a waiter is let in once it has waited 2 ms)
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f);
[$ready, $go] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$turns = 3000;
$pid = pcntl_fork();
if ($pid === 0) {
    // The hog: 3,000 turns, each holding the lock 0.2 ms and taking it again at once. Without fairness the waiter
    // was woken at each unlock only to find the lock taken again: it got in after hundreds of turns, or none.
    $h = new FileQ\Queue($f);
    for ($i = 0; $i < $turns; $i++) {
        $h->transaction(function ($h) use ($i) {
            $h->push("h$i");
            $end = hrtime(true) + 200000;
            while (hrtime(true) < $end);
        });
        if ($i === 10) {
            fwrite($go, 'x');
        }
    }
    exit(0);
}
fread($ready, 1);
// The waiter locks 20 times in a row while the hog runs: each time it waits, it must get in soon.
for ($k = 0; $k < 20; $k++) {
    $q->push("w$k");
}
pcntl_waitpid($pid, $status);
$order = [];
while (($m = $q->shift()) !== null) {
    $order[] = $m;
}
// the most hog turns taken while the waiter waited: between its start (after turn 10) or its last frame, and its next frame
$worst = 0;
$hogs = 0;
foreach ($order as $m) {
    if ($m[0] === 'h') {
        $hogs++;
    } else {
        $worst = max($worst, $m === 'w0' ? $hogs - 11 : $hogs - $before);
        $before = $hogs;
    }
}
echo count($order), " frames\n";
echo $worst < 50 ? "each time let in after fewer than 50 of the hog's turns\n" : "once let in only after $worst of the hog's turns\n";
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_lock_fair.q'); ?>
--EXPECT--
3020 frames
each time let in after fewer than 50 of the hog's turns
