--TEST--
Trust: a framed queue file that others may write (group or world write bit) is locked with flock by every opener, not with the robust mutex in the file, whose pointers glibc would follow: garbage written over the mutex changes nothing, and forked writers still exclude each other
--EXTENSIONS--
fileq
pcntl
--FILE--
<?php
$dir = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($dir);
array_map('unlink', glob("$dir/*"));
foreach ([0600, 0644, 0660, 0666] as $mode) {
    $q = new FileQ\Queue(sprintf('%s/%o.q', $dir, $mode), 64, 0, $mode);
    printf("%o: %s\n", $mode, $q->stats()['lock']);
}

$f = "$dir/660.q";
$h = fopen($f, 'r+');
fseek($h, 384);
fwrite($h, str_repeat("\xff", 128));   // the mutex's place, as a hostile group member could write it
fclose($h);
$q = new FileQ\Queue($f, 64);
$q->transaction(fn () => $q->push('after the garbage'));
echo $q->shift(), "\n";

$pids = [];
for ($c = 0; $c < 4; $c++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $mine = new FileQ\Queue($f, 64);
        for ($i = 0; $i < 200; $i++) {
            $mine->transaction(function () use ($mine, $c, $i) {
                $n = count($mine);          // a read and a write that must not interleave with another's
                $mine->push("$c:$i:$n");
            });
        }
        exit(0);
    }
    $pids[] = $pid;
}
foreach ($pids as $pid) {
    pcntl_waitpid($pid, $status);
}
$seen = [];
while (($m = $q->shift()) !== null) {
    $seen[] = (int) explode(':', $m)[2];
}
echo count($seen), " jobs, counts seen in order: ", json_encode($seen === range(0, 799)), "\n";
unset($q);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--CLEAN--
<?php
$dir = __DIR__ . '/trust_shared_file_flock.d';
array_map('unlink', glob("$dir/*") ?: []);
@rmdir($dir);
?>
--EXPECT--
600: robust mutex
644: robust mutex
660: flock
666: flock
after the garbage
800 jobs, counts seen in order: true
