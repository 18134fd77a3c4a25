--TEST--
Trust: no lock wait is unbounded unless asked: a holder SIGSTOPped in its transaction, or another user holding flock() on a file it may only read (RAW, opening a framed queue, the seed functions), gives a TimeoutException within lockTimeout + 0.2 s naming the path and the holder's pid
--EXTENSIONS--
fileq
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/attacker.inc'; fq_attacker_skip(); ?>
--INI--
fileq.lock_timeout=0.5
--FILE--
<?php
require __DIR__ . '/attacker.inc';
[$base, $pub, $root] = fq_trust_dirs(__FILE__);

/* Runs $call, which must time out: prints the exception and whether it came in time. */
function timed(string $what, callable $call, float $limit, string $base, int $holder): void
{
    $t = microtime(true);
    try {
        $call();
        echo "$what: no wait?\n";
    } catch (FileQ\TimeoutException $e) {
        $took = microtime(true) - $t;
        echo "$what: ", str_replace([$base, "pid $holder"], ['DIR', 'pid HOLDER'], $e->getMessage()),
            $took >= $limit - 0.01 && $took < $limit + 0.2 ? " [in time]" : sprintf(" [took %.3f s]", $took), "\n";
    }
}

/* A child (as $uid when given) that runs $hold($ready): $ready() tells the parent the lock is held. */
function holder(callable $hold, ?int $uid = null): int
{
    [$r, $w] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    $pid = pcntl_fork();
    if ($pid === 0) {
        if ($uid !== null) {
            posix_setgid($uid);
            posix_setuid($uid);
        }
        $hold(function () use ($w) { fwrite($w, "held\n"); });
        sleep(60);
        posix_kill(posix_getpid(), SIGKILL);
    }
    fgets($r);
    usleep(20000);   // (a SIGSTOP sent after the message: let it land)
    return $pid;
}

function gone(int $pid): void
{
    posix_kill($pid, SIGKILL);
    pcntl_waitpid($pid, $status);
}

echo "-- a holder stopped inside its transaction (framed queue: the robust mutex)\n";
$f = "$pub/framed.q";
$q = new FileQ\Queue($f, 64, 0, 0644);
$pid = holder(function ($ready) use ($f) {
    (new FileQ\Queue($f, 64))->transaction(function () use ($ready) {
        $ready();
        posix_kill(posix_getpid(), SIGSTOP);
    });
});
timed('push, lockTimeout 0.3', fn () => (new FileQ\Queue($f, 64, 0, 0600, 0.3))->push('x'), 0.3, $base, $pid);
timed('push, the ini 0.5', fn () => $q->push('x'), 0.5, $base, $pid);
gone($pid);
$q->push('after');
echo "once the holder is gone: ", count($q), " job\n";
unset($q);   // (an open handle holds a shared flock: the attacker's exclusive one would wait for it)

echo "-- garbage in the mutex word (a thread id no process has): the same bounded wait\n";
$keep = new FileQ\Queue($f, 64);               // (the last handle to open re-initialises the mutex)
$h = fopen($f, 'r+');
fseek($h, 384);                                // the mutex: glibc's __lock word first
fwrite($h, pack('V', 0x3ffffff0));
fclose($h);
$t = microtime(true);
try {
    (new FileQ\Queue($f, 64, 0, 0600, 0.3))->push('x');
    echo "pushed?\n";
} catch (FileQ\TimeoutException $e) {
    echo "push: ", get_class($e), microtime(true) - $t < 0.5 ? " [in time]" : " [late]", "\n";
}
$h = fopen($f, 'r+');
fseek($h, 384);
fwrite($h, pack('V', 0));                      // (put back, for what follows)
fclose($h);
unset($keep);

echo "-- another user holds flock() on files it may only read\n";
$raw = "$pub/raw.q";
(new FileQ\Queue($raw, 8, FileQ\Queue::RAW, 0644))->push('12345678');
$seed = "$pub/seed.q";
file_put_contents($seed, '');
chmod($seed, 0644);
$pid = holder(function ($ready) use ($raw, $f, $seed) {
    $held = [];
    foreach ([$raw, $f, $seed] as $file) {
        $held[] = $h = fopen($file, 'r');
        if (!flock($h, LOCK_EX | LOCK_NB)) {
            echo "attacker: ", basename($file), " is locked\n";
        }
    }
    $ready();
    sleep(60);
}, FQ_NOBODY);
timed('RAW pop, lockTimeout 0.3', fn () => (new FileQ\Queue($raw, 8, FileQ\Queue::RAW, 0600, 0.3))->pop(), 0.3, $base, $pid);
timed('framed open, lockTimeout 0.3', fn () => new FileQ\Queue($f, 64, 0, 0600, 0.3), 0.3, $base, $pid);
$GLOBALS['cron_requests_events_settings'] = ['queue_file' => $seed];
timed('queue_address_push, the ini 0.5', fn () => queue_address_push('job', 64), 0.5, $base, $pid);
ini_set('fileq.lock_timeout', '0.2');
timed('queue_address_pop, the ini 0.2', fn () => queue_address_pop(64), 0.2, $base, $pid);
gone($pid);
echo "once the holder is gone: ", (new FileQ\Queue($raw, 8, FileQ\Queue::RAW))->pop(), ", ", queue_address_push('job', 64), "\n";
fq_trust_clean($base);
?>
--CLEAN--
<?php require __DIR__ . '/attacker.inc'; fq_trust_clean(fq_trust_base('trust_lock_timeout')); ?>
--EXPECT--
-- a holder stopped inside its transaction (framed queue: the robust mutex)
push, lockTimeout 0.3: lock 'DIR/pub/framed.q': not had within 0.300 s (held by pid HOLDER) [in time]
push, the ini 0.5: lock 'DIR/pub/framed.q': not had within 0.500 s (held by pid HOLDER) [in time]
once the holder is gone: 1 job
-- garbage in the mutex word (a thread id no process has): the same bounded wait
push: FileQ\TimeoutException [in time]
-- another user holds flock() on files it may only read
RAW pop, lockTimeout 0.3: lock 'DIR/pub/raw.q': not had within 0.300 s (held by pid HOLDER) [in time]
framed open, lockTimeout 0.3: lock 'DIR/pub/framed.q': not had within 0.300 s (held by pid HOLDER) [in time]
queue_address_push, the ini 0.5: lock 'DIR/pub/seed.q': not had within 0.500 s (held by pid HOLDER) [in time]
queue_address_pop, the ini 0.2: lock 'DIR/pub/seed.q': not had within 0.200 s (held by pid HOLDER) [in time]
once the holder is gone: 12345678, 0
