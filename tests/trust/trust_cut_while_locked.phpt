--TEST--
Trust: a queue file cut while this process holds its lock (inside transaction()) is a CorruptException, and the lock it held is let go cleanly: other queues of the process keep working (glibc's list of held robust mutexes never points into memory that was unmapped)
--EXTENSIONS--
fileq
--FILE--
<?php
$dir = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($dir);
$other = new FileQ\Queue("$dir/other.q", 64);   // mapped before: its header is not where the lost one was
for ($round = 1; $round <= 3; $round++) {
    @unlink("$dir/cut.q");
    $q = new FileQ\Queue("$dir/cut.q", 64);
    for ($i = 0; $i < 100; $i++) {
        $q->push("job $i");
    }
    try {
        $q->transaction(function () use ($q, $dir, $round) {
            $h = fopen("$dir/cut.q", 'r+');
            ftruncate($h, $round === 1 ? 0 : ($round === 2 ? 1000 : 4096 + 64));
            fclose($h);
            while ($q->pop() !== null);   // touches what is gone
        });
        echo "round $round: no exception\n";
    } catch (FileQ\CorruptException $e) {
        echo "round $round: ", str_replace($dir, 'DIR', $e->getMessage()), "\n";
    }
    $other->push("round $round");
    $other->transaction(fn () => $other->push("in transaction $round"));
    echo "  other: ", $other->shift(), ", ", $other->shift(), "\n";
}
unset($q, $other);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--CLEAN--
<?php
$dir = __DIR__ . '/trust_cut_while_locked.d';
array_map('unlink', glob("$dir/*") ?: []);
@rmdir($dir);
?>
--EXPECT--
round 1: queue 'DIR/cut.q' is corrupt: its file was cut shorter than its frames while in use
  other: round 1, in transaction 1
round 2: queue 'DIR/cut.q' is corrupt: its file was cut shorter than its frames while in use
  other: round 2, in transaction 2
round 3: queue 'DIR/cut.q' is corrupt: its file was cut shorter than its frames while in use
  other: round 3, in transaction 3
