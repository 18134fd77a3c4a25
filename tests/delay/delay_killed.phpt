--TEST--
A process SIGKILLed while it pushes delayed frames and while it promotes them: every frame delayed or delivered once, none lost, none twice
--EXTENSIONS--
fileq
pcntl
posix
--FILE--
<?php
use FileQ\Queue;
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($path);
new Queue($path, 128);
$bad = 0;
$frames = 0;
mt_srand(7);
for ($round = 0; $round < 30; $round++) {
    $q = new Queue($path, 128);
    $q->clear();
    $pid = pcntl_fork();
    if ($pid === 0) {
        $q = new Queue($path, 128);
        for ($i = 0; ; $i++) {
            $q->push("$i", ($i % 7) / 1000);
            if ($i % 3 === 0) {
                count($q);                  // promotes what fell due
            }
        }
    }
    // the child is pushing (slow starts under valgrind, and slow pushes: wait for a few), then killed at a random point
    while (($st = $q->stats())['pushed'] + $st['delayed'] < 3) {
        usleep(1000);
    }
    usleep(mt_rand(2000, 30000));
    posix_kill($pid, SIGKILL);
    pcntl_waitpid($pid, $status);
    usleep(20000);
    $seen = [];
    while (($m = $q->shift()) !== null) {
        $seen[] = (int) $m;
    }
    $n = count($seen);
    $frames += $n;
    sort($seen);
    $delayed = $q->stats()['delayed'];
    // the frames pushed are 0..k: each once (the one being pushed may be missing)
    if ($delayed !== 0 || ($n > 0 && (count(array_unique($seen)) !== $n || $seen[$n - 1] !== $n - 1))) {
        echo "round $round: $n frames, max ", $seen[$n - 1] ?? -1, ", delayed $delayed\n";
        $bad++;
    }
}
echo "bad rounds: $bad\n";
var_dump($frames >= 30);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/delay_killed.q'); ?>
--EXPECT--
bad rounds: 0
bool(true)
