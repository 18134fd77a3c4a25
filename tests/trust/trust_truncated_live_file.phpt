--TEST--
Trust: a queue file cut to random lengths 100 times under a process pushing and popping gives it CorruptExceptions, never SIGBUS
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip needs pcntl_fork()'); ?>
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$f = "$base.q";
@unlink("$base.stop");
$q = new FileQ\Queue($f, 64);

$pid = pcntl_fork();
if ($pid === 0) {
    $corrupt = $ops = 0;
    $q = null;
    while (!file_exists("$base.stop")) {
        try {
            $q ??= new FileQ\Queue($f, 64);
            $q->push(str_repeat('p', 40));
            $q->push(str_repeat('q', 40));
            $q->shift();
            $q->count();
            $ops++;
        } catch (FileQ\Exception $e) {
            $corrupt += $e instanceof FileQ\CorruptException;
            $q = null;
            usleep(200);
        }
    }
    file_put_contents("$base.child", "$ops $corrupt");
    exit(0);
}

mt_srand(42);
for ($i = 0; $i < 100; $i++) {
    usleep(mt_rand(2000, 8000));
    clearstatcache();
    $size = @filesize($f) ?: 0;
    $h = fopen($f, 'r+');
    ftruncate($h, $size > 0 ? mt_rand(0, $size - 1) : 0);
    fclose($h);
    usleep(mt_rand(2000, 8000));
    // a fresh queue for the next round
    @unlink($f);
    $q = new FileQ\Queue($f, 64);
}
touch("$base.stop");
pcntl_waitpid($pid, $status);
[$ops, $corrupt] = explode(' ', file_get_contents("$base.child"));
echo "child killed by a signal: ", json_encode(pcntl_wifsignaled($status)), "\n";
echo "child exit code: ", pcntl_wexitstatus($status), "\n";
echo "operations done: ", $ops > 100 ? "many" : $ops, "\n";
echo "corrupt seen: ", $corrupt > 0 ? "yes" : "no", "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/trust_truncated_live_file';
foreach (['q', 'stop', 'child'] as $x) {
    @unlink("$base.$x");
}
?>
--EXPECT--
child killed by a signal: false
child exit code: 0
operations done: many
corrupt seen: yes
