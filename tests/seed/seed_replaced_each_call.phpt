--TEST--
seed API: a file another process deletes, renames over or touches between two calls is seen by the very next call
--EXTENSIONS--
fileq
--FILE--
<?php
/*
 * Another process changes the file, then answers; the next call must act on
 * what the path names now. 600 rounds: rename over, unlink and create, chmod
 * (same file), an unrelated file in the same directory, nothing. (A directory
 * of the path, a symbolic link and chdir(): seed_path_names_now.phpt.)
 */
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$file = "$base.q";
file_put_contents($file, str_pad('start', 8, "\0"));
$cron_requests_events_settings['queue_file'] = $file;

$helper = <<<'PHP'
<?php
[, $file, $other] = $argv;
while (($line = fgets(STDIN)) !== false) {
    [$op, $frame] = explode(' ', trim($line));
    $padded = str_pad($frame, 8, "\0");
    switch ($op) {
        case 'rename':
            file_put_contents("$file.new", $padded);
            rename("$file.new", $file);
            break;
        case 'recreate':
            unlink($file);
            file_put_contents($file, $padded);
            break;
        case 'chmod':
            chmod($file, 0600);
            chmod($file, 0644);
            break;
        case 'other':
            file_put_contents($other, 'x');
            unlink($other);
            break;
    }
    echo "ok\n";
}
PHP;
file_put_contents("$base.helper", $helper);
$proc = proc_open([PHP_BINARY, '-n', "$base.helper", $file, "$base.other"],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);

$ops = ['rename', 'recreate', 'chmod', 'other', 'none'];
$wrong = [];
$expect = 'start';
// opens and caches the descriptor; 2100 calls, so that the change watch takes over from statx()
// (where the system has it; with FILEQ_WATCH=0, as CI also runs this, statx() stays)
for ($i = 0; $i < 2100; $i++) {
    queue_address_pop(8, 0);
}
for ($i = 0; $i < 600; $i++) {
    $op = $ops[$i % 5];
    $frame = "f$i";
    fwrite($pipes[0], "$op $frame\n");
    if (fgets($pipes[1]) !== "ok\n") {
        die("helper failed\n");
    }
    if ($op === 'rename' || $op === 'recreate') {
        $expect = $frame;
    }
    // read the boot frame in place, then append and take back a frame: all on the file the path names now
    $got = queue_address_pop(8, 0);
    $at = queue_address_push("p$i", 8);
    $back = queue_address_pop(8);
    if ($got !== $expect || $at !== 8 || $back !== "p$i") {
        $wrong[] = "$i $op: read '$got' (expected '$expect'), pushed at $at, popped '$back'";
    }
}
fclose($pipes[0]);
proc_close($proc);
clearstatcache();
echo "rounds with a wrong answer: ", count($wrong), "\n";
echo implode("\n", array_slice($wrong, 0, 5)), $wrong ? "\n" : '';
var_dump(bin2hex(file_get_contents($file)));
?>
--CLEAN--
<?php
$base = __DIR__ . '/seed_replaced_each_call';
@unlink("$base.q");
@unlink("$base.q.new");
@unlink("$base.other");
@unlink("$base.helper");
?>
--EXPECT--
rounds with a wrong answer: 0
string(16) "6635393600000000"
