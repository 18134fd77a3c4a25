--TEST--
Trust: the lock bugs: a child forked inside transaction() does not release its parent's lock (RAW, framed); a second handle of the same thread asking for a lock it holds gets an exception, not a wait for itself; a seed callback reaching its locked file by another name ("//", a link) runs under the lock it holds; a relative path stays where it was opened
--EXTENSIONS--
fileq
pcntl
posix
--INI--
fileq.lock_timeout=5
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($base);
foreach (glob("$base/*") as $old) {
    unlink($old);
}

echo "-- fork inside transaction()\n";
foreach (['RAW' => [8, FileQ\Queue::RAW], 'framed' => [64, 0]] as $what => [$size, $flags]) {
    $f = "$base/fork-$what.q";
    $q = new FileQ\Queue($f, $size, $flags);
    $q->transaction(function () use ($f, $size, $flags, $what) {
        $pid = pcntl_fork();
        if ($pid === 0) {
            exit(0);   // the child's handle is closed as it exits: the parent's lock must stay
        }
        pcntl_waitpid($pid, $status);
        // a third process must still find the queue locked
        $probe = pcntl_fork();
        if ($probe === 0) {
            try {
                (new FileQ\Queue($f, $size, $flags, 0600, 0.2))->push(str_repeat('p', 8));
                echo "$what: the lock was gone\n";
            } catch (FileQ\TimeoutException $e) {
                echo "$what: still locked after the child exited\n";
            }
            posix_kill(posix_getpid(), SIGKILL);
        }
        pcntl_waitpid($probe, $status);
    });
    unset($q);
}

echo "-- two handles of one thread\n";
foreach (['RAW' => [8, FileQ\Queue::RAW], 'framed' => [64, 0]] as $what => [$size, $flags]) {
    $f = "$base/two-$what.q";
    $a = new FileQ\Queue($f, $size, $flags);
    $b = new FileQ\Queue($f, $size, $flags);
    $t = microtime(true);
    try {
        $a->transaction(fn () => $b->push(str_repeat('x', 8)));
        echo "$what: pushed?\n";
    } catch (FileQ\Exception $e) {
        echo "$what: ", str_replace($base, 'DIR', $e->getMessage()), microtime(true) - $t < 1 ? " (at once)" : " (late)", "\n";
    }
    $b->push(str_repeat('y', 8));   // both usable afterwards
    echo "$what: ", count($a), " frame\n";
    unset($a, $b);
}

echo "-- a seed callback reaching its own file by another name\n";
$f = "$base/seed.q";
touch($f);
symlink($f, "$base/seed-link");
$GLOBALS['cron_requests_events_settings'] = ['queue_file' => $f];
queue_address_push('one', 16);
queue_address_push('two', 16);
queue_address_push('three', 16, PHP_INT_MAX, function ($fh) use ($base) {
    foreach (["$base//seed.q", "$base/./seed-link"] as $alias) {
        $GLOBALS['cron_requests_events_settings']['queue_file'] = $alias;
        echo "popped through ", str_replace($base, 'DIR', $alias), ": ", queue_address_pop(16), "\n";
    }
});
$GLOBALS['cron_requests_events_settings']['queue_file'] = $f;
echo "left: ", queue_address_pop(16), ", ", var_export(queue_address_pop(16), true), "\n";

echo "-- a relative path after chdir()\n";
chdir($base);
$q = new FileQ\Queue('rel.q', 64);
chdir(__DIR__);
$q->push('job');
echo basename($q->getPath()), ": ", (new FileQ\Queue("$base/rel.q", 64))->pop(), ", here: ", json_encode(file_exists(__DIR__ . '/rel.q')), "\n";
unset($q);
foreach (glob("$base/*") as $old) {
    unlink($old);
}
rmdir($base);
?>
--CLEAN--
<?php
$base = __DIR__ . '/trust_lock_bugs.d';
foreach (glob("$base/*") ?: [] as $old) {
    unlink($old);
}
@rmdir($base);
?>
--EXPECT--
-- fork inside transaction()
RAW: still locked after the child exited
framed: still locked after the child exited
-- two handles of one thread
RAW: queue 'DIR/two-RAW.q' is locked by another handle of this process (in its transaction or callback) (at once)
RAW: 1 frame
framed: queue 'DIR/two-framed.q' is locked by another handle of this process (in its transaction or callback) (at once)
framed: 1 frame
-- a seed callback reaching its own file by another name
popped through DIR//seed.q: two
popped through DIR/./seed-link: one
left: three, ''
-- a relative path after chdir()
rel.q: job, here: false
