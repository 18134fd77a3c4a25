<?php
/*
 * Fault injection: runs queue operations while tests/stress/faultshim.so
 * (LD_PRELOAD) makes one system call fail, and checks that
 *   - a failure (ENOSPC, EIO, ENOMEM) throws FileQ\IOException naming the
 *     operation and the path, with errno as its code;
 *   - EINTR is retried transparently: the operation succeeds;
 *   - the queue is afterwards exactly as it was before a failed operation
 *     (count, frames in order, boot state), or as after a retried one, and
 *     still works.
 * Then a real full disk: a 256 KiB tmpfs (needs root to mount; skipped with a
 * message otherwise): pushes until ENOSPC must throw FileQ\IOException (not
 * SIGBUS), and everything pushed before is still there.
 *
 * LD_PRELOAD=/path/faultshim.so php -n -d extension_dir=modules -d extension=fileq \
 *     tests/stress/faults.php [--dir=/tmp/...] [--no-full-disk] [--verbose]
 */
declare(strict_types=1);
require __DIR__ . '/lib.php';

use FileQ\Queue;

stress_need_fileq();
$o = stress_args(['dir' => '', 'no-full-disk' => false, 'verbose' => false]);
$tag = 'fileq-faults-' . getmypid();
$dir = $o['dir'] !== '' ? $o['dir'] : sys_get_temp_dir() . "/$tag";
stress_rmdir($dir);
mkdir($dir, 0700, true);
$log = sys_get_temp_dir() . "/$tag.log";   // outside $dir: never itself a target
putenv('FQ_FAULT');
putenv('FQ_FAULT_PATH=' . basename($dir));
putenv("FQ_FAULT_LOG=$log");

if (!str_contains((string) getenv('LD_PRELOAD'), 'faultshim')) {
    fwrite(STDERR, "faults.php must run with LD_PRELOAD=.../faultshim.so (see .ci/stress)\n");
    exit(2);
}

const ERRNO = ['ENOSPC' => 28, 'EIO' => 5, 'ENOMEM' => 12, 'EINTR' => 4];

function snap(string $path, int $frame, int $flags): array
{
    if (!file_exists($path)) {
        return ['absent'];
    }
    $copy = "$path.snap";
    copy($path, $copy);
    $q = new Queue($copy, $frame, $flags);
    $s = ['count' => count($q), 'boot' => ($flags & Queue::RAW) ? [] : $q->boot(), 'items' => []];
    while (($m = $q->pop()) !== null) {
        $s['items'][] = $m;
    }
    unset($q);
    unlink($copy);
    return $s;
}

$setups = [
    'absent' => fn(string $p, int $f, int $fl) => null,
    'empty' => fn(string $p, int $f, int $fl) => new Queue($p, $f, $fl),
    'three' => function (string $p, int $f, int $fl): void {
        $q = new Queue($p, $f, $fl);
        foreach (['m0', 'm1', 'm2'] as $m) {
            $q->push($m);
        }
        if (!($fl & Queue::RAW)) {
            $q->updateBoot(fn(array $b) => ['k' => 'v']);
        }
    },
    // framed, 4096-byte frames: the mapping is full, the next push grows it with fallocate + mremap
    'full' => function (string $p, int $f, int $fl): void {
        $q = new Queue($p, $f, $fl);
        for ($i = 0; $i < 16; $i++) {
            $q->push("f$i");
        }
    },
];

$ops = [
    'open' => fn(string $p, int $f, int $fl) => new Queue($p, $f, $fl),
    'push' => fn(string $p, int $f, int $fl) => (new Queue($p, $f, $fl))->push('new'),
    'pop' => fn(string $p, int $f, int $fl) => (new Queue($p, $f, $fl))->pop(),
    'shift' => fn(string $p, int $f, int $fl) => (new Queue($p, $f, $fl))->shift(),
    'clear' => fn(string $p, int $f, int $fl) => (new Queue($p, $f, $fl))->clear(),
    'updateBoot' => fn(string $p, int $f, int $fl) => (new Queue($p, $f, $fl))->updateBoot(fn(array $b) => $b + ['n' => 1]),
];

// [op, setup, flags, FQ_FAULT spec, operation name expected in the message (null: EINTR, must succeed)]
$F = 0;
$R = Queue::RAW;
$S = Queue::SYNC;
$cases = [
    ['open', 'absent', $F, 'open:1:EIO', 'open'],
    ['open', 'three', $F, 'open:1:EIO', 'open'],
    ['open', 'three', $F, 'open:1:EINTR:3', null],
    ['open', 'three', $F, 'flock:1:EIO', 'flock'],
    ['open', 'three', $F, 'flock:1:EINTR:2', null],
    ['open', 'three', $F, 'mmap:1:ENOMEM', 'mmap'],
    ['open', 'absent', $F, 'ftruncate:1:EIO', 'truncate'],
    ['push', 'empty', $F, 'fallocate:1:ENOSPC', 'fallocate'],
    ['push', 'empty', $F, 'fallocate:1:EIO', 'fallocate'],
    ['push', 'empty', $F, 'fallocate:1:EINTR:3', null],
    ['push', 'empty', $F, 'mmap:2:ENOMEM', 'mmap'],       // 1: the header at open, 2: the frames at grow
    ['push', 'full', $F, 'fallocate:1:ENOSPC', 'fallocate'],
    ['push', 'full', $F, 'mremap:1:ENOMEM', 'mmap'],
    ['push', 'three', $S, 'fdatasync:1:EIO', 'fdatasync'],   // the frame, before the commit
    ['push', 'three', $S, 'fdatasync:2:EIO', 'fdatasync'],   // the commit
    ['push', 'three', $S, 'fdatasync:1:EINTR:2', null],
    ['pop', 'three', $S, 'fdatasync:1:EIO', 'fdatasync'],
    ['shift', 'three', $S, 'fdatasync:1:ENOSPC', 'fdatasync'],
    ['updateBoot', 'three', $S, 'fdatasync:1:EIO', 'fdatasync'],
    ['updateBoot', 'three', $S, 'fdatasync:2:EIO', 'fdatasync'],
    ['clear', 'three', $F, 'ftruncate:1:EIO', 'truncate'],
    ['clear', 'three', $F, 'ftruncate:1:EINTR', null],
    ['open', 'three', $R, 'open:1:EIO', 'open'],
    ['push', 'three', $R, 'flock:1:EIO', 'flock'],
    ['push', 'three', $R, 'flock:1:EINTR:2', null],
    ['pop', 'three', $R, 'flock:1:EIO', 'flock'],
    ['pop', 'three', $R, 'ftruncate:1:EIO', 'truncate'],
    ['pop', 'three', $R, 'ftruncate:1:EINTR', null],
    ['clear', 'three', $R, 'ftruncate:1:ENOSPC', 'truncate'],
    ['push', 'three', $R | $S, 'fdatasync:1:EIO', 'fdatasync'],
    ['pop', 'three', $R | $S, 'fdatasync:1:EIO', 'fdatasync'],
];

$bad = [];
$thrown = 0;
$retried = 0;
foreach ($cases as $i => [$op, $setup, $flags, $spec, $opName]) {
    $frame = $setup === 'full' ? 4096 : 64;
    $path = "$dir/case$i.q";
    $label = sprintf('%s/%s%s%s [%s]', $op, $setup, $flags & $R ? ' RAW' : '', $flags & $S ? ' SYNC' : '', $spec);
    @unlink($path);
    @unlink($log);
    $setups[$setup]($path, $frame, $flags);
    $before = snap($path, $frame, $flags);
    // The state after an uninterrupted run, on a copy.
    $afterPath = "$dir/case$i.after.q";
    @unlink($afterPath);
    if (file_exists($path)) {
        copy($path, $afterPath);
    }
    $ops[$op]($afterPath, $frame, $flags);
    $after = snap($afterPath, $frame, $flags);
    unlink($afterPath);

    [$call, , $errName] = explode(':', $spec);
    putenv("FQ_FAULT=$spec");
    $e = null;
    try {
        $ops[$op]($path, $frame, $flags);
    } catch (\Throwable $e) {
    }
    putenv('FQ_FAULT');
    $injected = is_file($log) ? count(file($log)) : 0;
    $now = snap($path, $frame, $flags);
    $problems = [];
    if ($injected === 0) {
        $problems[] = "the fault never fired: $call is not on this operation's path";
    }
    if ($opName === null) {
        if ($e !== null) {
            $problems[] = 'EINTR was not retried: ' . get_class($e) . ': ' . $e->getMessage();
        } elseif ($now != $after) {
            $problems[] = 'state after the retried operation differs from an undisturbed run';
        } else {
            $retried++;
        }
    } else {
        if (!$e instanceof FileQ\IOException) {
            $problems[] = 'expected FileQ\IOException, got ' . ($e === null ? 'no exception' : get_class($e) . ': ' . $e->getMessage());
        } else {
            $thrown++;
            $msg = $e->getMessage();
            if (!str_contains($msg, $opName) || !str_contains($msg, $path)) {
                $problems[] = "message does not name '$opName' and the path: $msg";
            }
            if ($e->getCode() !== ERRNO[$errName]) {
                $problems[] = 'code ' . $e->getCode() . ', expected ' . ERRNO[$errName] . " ($errName)";
            }
        }
        // "As it was": a file that did not exist may now exist as an empty queue.
        $same = $now == $before || ($before === ['absent'] && $now == ['count' => 0, 'boot' => [], 'items' => []]);
        if (!$same) {
            $problems[] = 'the queue changed: ' . json_encode($now) . ' (before: ' . json_encode($before) . ')';
        }
    }
    // And it still works.
    try {
        $q = new Queue($path, $frame, $flags);
        $q->push('probe');
        if ($q->pop() !== 'probe') {
            $problems[] = 'push/pop after the fault misbehaves';
        }
        unset($q);
    } catch (\Throwable $x) {
        $problems[] = 'unusable afterwards: ' . $x->getMessage();
    }
    if ($problems) {
        $bad[] = "$label: " . implode('; ', $problems);
    }
    if ($o['verbose']) {
        printf("  %-52s %s\n", $label, $problems ? 'FAIL' : ($opName === null ? 'retried' : 'threw ' . ($e ? $e->getCode() : '')));
    }
}
@unlink($log);
putenv('FQ_FAULT_LOG');   // else the shim writes it again for the cases below and it stays in /tmp
printf("faults: %d injected-failure cases: %d threw FileQ\\IOException as they should, %d EINTR cases retried, %d violations\n",
    count($cases), $thrown, $retried, count($bad));

/* ---- inotify instances used up (fs.inotify.max_user_instances) ------- */
// RAW queues then check with statx per call, and wait() sleeps and looks
// again instead of failing: a push by another process still wakes it.
putenv('FQ_FAULT=inotify_init1:1:EMFILE:1000000');
$p = "$dir/inotify-used-up";
$inotifyNote = '';
try {
    $q = new Queue($p, 32, Queue::RAW);
    $t = microtime(true);
    $r = $q->wait(0.3);
    $slept = microtime(true) - $t;
    if ($r !== false || $slept < 0.29) {
        $bad[] = sprintf('inotify used up: wait(0.3) on an empty queue gave %s after %.3f s', var_export($r, true), $slept);
    }
    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep(100000);
        (new Queue($p, 32, Queue::RAW))->push('woken');
        exit(0);
    }
    $t = microtime(true);
    $r = $q->wait(5);
    $woke = microtime(true) - $t;
    pcntl_waitpid($pid, $status);
    if ($r !== true || $woke > 1.0 || $q->pop() !== 'woken') {
        $bad[] = sprintf('inotify used up: a push by another process did not wake wait() (%s after %.3f s)', var_export($r, true), $woke);
    }
    $inotifyNote = sprintf('wait(0.3) timed out after %.3f s, a push woke it after %.3f s', $slept, $woke);
} catch (\Throwable $x) {
    $bad[] = 'inotify used up: ' . get_class($x) . ': ' . $x->getMessage();
} finally {
    putenv('FQ_FAULT');
    unset($q);
    @unlink($p);
}
echo "faults: inotify used up: $inotifyNote\n";

/* ---- a real full disk ------------------------------------------------ */
$full = '/tmp/fileq-full';
$fullNote = '';
if ($o['no-full-disk']) {
    $fullNote = 'skipped (--no-full-disk)';
} else {
    @mkdir($full, 0700);
    exec('mount -t tmpfs -o size=256k tmpfs ' . escapeshellarg($full) . ' 2>&1', $out, $rc);
    if ($rc !== 0) {
        $fullNote = 'skipped: cannot mount a tmpfs (' . trim(implode(' ', $out)) . ')';
    } else {
        try {
            foreach ([['framed', 0, 4096], ['framed SYNC', Queue::SYNC, 1000], ['RAW', Queue::RAW, 1000]] as [$name, $flags, $frame]) {
                $p = "$full/q-" . strtr($name, ' ', '-');
                $q = new Queue($p, $frame, $flags);
                $n = 0;
                $err = null;
                try {
                    for (; $n < 100000; $n++) {
                        $q->push(stress_payload("d$n", 100));
                    }
                } catch (\Throwable $err) {
                }
                unset($q);
                if (!$err instanceof FileQ\IOException || $err->getCode() !== 28) {
                    $bad[] = "full disk ($name): expected FileQ\\IOException code 28 after $n pushes, got "
                        . ($err ? get_class($err) . ' ' . $err->getCode() . ': ' . $err->getMessage() : 'none');
                }
                $q = new Queue($p, $frame, $flags);
                $got = [];
                while (($m = $q->pop()) !== null) {
                    $got[] = stress_check($m);
                }
                $want = array_reverse(array_map(fn($k) => "d$k", range(0, $n - 1)));
                if ($got !== $want) {
                    $bad[] = "full disk ($name): " . count($got) . " frames back of $n pushed, or not the same ones";
                }
                unset($q);
                $fullNote .= sprintf('%s: ENOSPC after %d pushes, %d back; ', $name, $n, count($got));
                unlink($p);
            }
        } finally {
            exec('umount ' . escapeshellarg($full));
            @rmdir($full);
        }
    }
}
echo "faults: full disk: $fullNote\n";
stress_rmdir($dir);
if ($bad) {
    echo "faults: FAIL\n  - " . implode("\n  - ", $bad) . "\n";
    exit(1);
}
echo "faults: OK\n";
