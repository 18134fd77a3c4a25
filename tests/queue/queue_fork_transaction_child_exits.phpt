--TEST--
FileQ\Queue: a child forked inside transaction() that exits leaves the parent's lock and its holder record (framed, RAW): a second handle of the parent still throws at once, another process's timeout still names the parent
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'pcntl_waitpid', 'posix_kill'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--INI--
fileq.lock_timeout=5
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
foreach (['framed' => [64, 0], 'RAW' => [16, FileQ\Queue::RAW]] as $what => [$size, $flags]) {
    $f = "$base.$what.q";
    $q = new FileQ\Queue($f, $size, $flags);
    $q2 = new FileQ\Queue($f, $size, $flags, 0600, 2);
    $q->transaction(function () use ($q2, $f, $size, $flags, $what) {
        $pid = pcntl_fork();
        if ($pid === 0) {
            exit(0);   // the child's copy of $q is closed as it exits
        }
        pcntl_waitpid($pid, $status);
        try {
            $q2->count();
            echo "$what: no exception\n";
        } catch (FileQ\Exception $e) {
            echo "$what: ", get_class($e), ": ", str_replace($f, 'FILE', $e->getMessage()), "\n";
        }
        $parent = getmypid();
        $probe = pcntl_fork();
        if ($probe === 0) {
            try {
                (new FileQ\Queue($f, $size, $flags, 0600, 0.2))->count();
                echo "$what: the lock was gone\n";
            } catch (FileQ\TimeoutException $e) {
                echo "$what: another process times out, ",
                    str_contains($e->getMessage(), "held by pid $parent") ? "naming the parent" : $e->getMessage(), "\n";
            }
            posix_kill(posix_getpid(), SIGKILL);  // no cleanup of the inherited handles
        }
        pcntl_waitpid($probe, $status);
    });
    echo "$what: ", count($q2), " after the transaction\n";
    unset($q, $q2);
}
?>
--CLEAN--
<?php
$base = __DIR__ . '/queue_fork_transaction_child_exits';
@unlink("$base.framed.q"); @unlink("$base.RAW.q");
?>
--EXPECT--
framed: FileQ\Exception: queue 'FILE' is locked by another handle of this process (in its transaction or callback)
framed: another process times out, naming the parent
framed: 0 after the transaction
RAW: FileQ\Exception: queue 'FILE' is locked by another handle of this process (in its transaction or callback)
RAW: another process times out, naming the parent
RAW: 0 after the transaction
