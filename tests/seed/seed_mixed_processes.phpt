--TEST--
seed API: processes with and without fileq share one queue file: no frame lost or duplicated
--EXTENSIONS--
fileq
mbstring
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip needs pcntl');
--FILE--
<?php
require __DIR__ . '/seed_mixed_worker.inc';
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$file = "$base.queue";
$go = "$base.go";
file_put_contents($file, '');
@unlink($go);
$n = 400;

// two processes on the pure-PHP functions, without the extension
$php = escapeshellarg(PHP_BINARY) . ' -n -d ' . escapeshellarg('extension_dir=' . ini_get('extension_dir')) . ' -d extension=mbstring';
$procs = [];
foreach (['plain-a', 'plain-b'] as $name) {
    $cmd = "$php " . escapeshellarg(__DIR__ . '/seed_mixed_worker.inc') . ' ' . escapeshellarg($file) . " $name $n "
        . escapeshellarg("$base.out.$name") . ' ' . escapeshellarg($go);
    $procs[$name] = proc_open($cmd, [1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes);
    $errs[$name] = $pipes[2];
}
// two forked children on the native functions
$children = [];
foreach (['native-a', 'native-b'] as $name) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        fq_mixed_worker(true, $file, $name, $n, "$base.out.$name", $go);
        exit(0);
    }
    $children[$name] = $pid;
}
touch($go);   // start together
foreach ($children as $name => $pid) {
    pcntl_waitpid($pid, $status);
    echo "$name: exit ", pcntl_wexitstatus($status), "\n";
}
foreach ($procs as $name => $proc) {
    $err = stream_get_contents($errs[$name]);
    fclose($errs[$name]);
    echo "$name: exit ", proc_close($proc), $err !== '' ? " ($err)" : '', "\n";
}

// what the four popped, and what is left (drained here)
$seen = [];
foreach (['plain-a', 'plain-b', 'native-a', 'native-b'] as $name) {
    $got = array_filter(explode("\n", (string) @file_get_contents("$base.out.$name")), 'strlen');
    $seen = array_merge($seen, $got);
}
echo "popped by the workers: ", count($seen) > 0 ? 'some' : 'none', "\n";
$cron_requests_events_settings['queue_file'] = $file;
while (($frame = queue_address_pop(32)) !== '') {
    $seen[] = $frame;
}
$expected = [];
foreach (['plain-a', 'plain-b', 'native-a', 'native-b'] as $name) {
    for ($i = 0; $i < $n; $i++) {
        $expected[] = "$name:$i";
    }
}
echo "frames seen: ", count($seen), " of ", count($expected), "\n";
echo "duplicates: ", count($seen) - count(array_unique($seen)), "\n";
echo "lost: ", count(array_diff($expected, $seen)), "\n";
echo "unknown: ", count(array_diff($seen, $expected)), "\n";
clearstatcache();
echo "file size: ", filesize($file), "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.queue");
@unlink("$base.go");
foreach (glob("$base.out.*") as $f) {
    @unlink($f);
}
?>
--EXPECT--
native-a: exit 0
native-b: exit 0
plain-a: exit 0
plain-b: exit 0
popped by the workers: some
frames seen: 1600 of 1600
duplicates: 0
lost: 0
unknown: 0
file size: 0
