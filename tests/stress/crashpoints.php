<?php
/*
 * Crash points: for every operation, every starting state and every crash
 * point of the core, a child runs the operation with FILEQ_CRASH_AT=<point>
 * armed (it SIGKILLs itself there), then the queue is opened and its state
 * (count, contents in order, boot state) must be exactly the state before the
 * operation or the state after it, and the queue must still work.
 * Each case runs twice: with the file otherwise closed (the next opener is
 * alone and re-initialises the lock), and with the parent holding a handle
 * (its next lock finds the dead holder's mutex: EOWNERDEAD recovery). A
 * region's points are also armed at their second passage (FILEQ_CRASH_AFTER=2):
 * one pass may move two regions.
 *
 * Needs fileq built with --enable-fileq-debug-hooks: run it with .ci/crashpoints.
 *   php ... tests/stress/crashpoints.php [--dir=/tmp/...] [--verbose]
 */
declare(strict_types=1);
require __DIR__ . '/lib.php';

use FileQ\Queue;

stress_need_fileq();
$o = stress_args(['dir' => '', 'verbose' => false]);
$dir = $o['dir'] !== '' ? $o['dir'] : sys_get_temp_dir() . '/fileq-crashpoints-' . getmypid();
stress_rmdir($dir);
mkdir($dir, 0700, true);
putenv('FILEQ_CRASH_AT');
putenv('FILEQ_CRASH_AFTER');

const FRAME = 4096;

$points = ['push:before-frame', 'push:after-frame', 'commit:torn', 'commit:before', 'commit:after',
    'take:before-commit', 'boot:before-area', 'boot:after-area', 'grow:after-allocate',
    'rewind:before-truncate', 'clear:before-truncate', 'init:before-magic',
    'region:before-copy', 'region:after-copy', 'region:before-cut',
    'delay:before-redo', 'delay:after-redo', 'delay:after-commit', 'delay:apply', 'delay:before-grow-commit',
    'delay:before-slot', 'delay:before-frame', 'delay:after-frame', 'delay:before-promote'];

// Every point must still exist in the framed format: a renamed point would make this test vacuous.
$core = @file_get_contents(__DIR__ . '/../../src/core/framed.c') . @file_get_contents(__DIR__ . '/../../src/core/framed_header.c')
    . @file_get_contents(__DIR__ . '/../../src/core/framed_region.c') . @file_get_contents(__DIR__ . '/../../src/core/delay.c');
if ($core !== '') {
    foreach ($points as $p) {
        if (!str_contains($core, "\"$p\"")) {
            fwrite(STDERR, "crash point $p is no longer in src/core/framed*.c\n");
            exit(1);
        }
    }
}

/* Starting states, made by the parent (no crash armed). */
$setups = [
    'absent' => function (string $path): void {},
    'empty' => function (string $path): void { new Queue($path, FRAME); },
    'three' => function (string $path): void {
        $q = new Queue($path, FRAME);
        foreach (['m0', 'm1', 'm2'] as $m) {
            $q->push($m);
        }
        $q->updateBoot(fn(array $b) => ['who' => 'setup']);
    },
    'one' => function (string $path): void {
        $q = new Queue($path, FRAME);
        $q->push('only');
        $q->updateBoot(fn(array $b) => ['n' => 1]);
    },
    // tail == hwm: the next push grows the file first.
    'full' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 16; $i++) {
            $q->push("f$i");
        }
        if ($q->stats()['fileSize'] !== 4096 + 16 * FRAME) {
            throw new RuntimeException('setup full: the file did not end at its 16th frame');
        }
    },
    // The next shift moves head across a 1 MiB boundary: the blocks behind it are punched.
    'boundary' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 300; $i++) {
            $q->push("b$i");
        }
        for ($i = 0; $i < 254; $i++) {
            $q->shift();
        }
    },
    // More than 1 MiB shifted past: blocks were punched, so emptying truncates the file.
    'punched' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 300; $i++) {
            $q->push("p$i");
        }
        for ($i = 0; $i < 299; $i++) {
            $q->shift();
        }
    },
    // The boot state past the header: in a region after the frames.
    'bigboot' => function (string $path): void {
        $q = new Queue($path, FRAME);
        foreach (['m0', 'm1', 'm2'] as $m) {
            $q->push($m);
        }
        $q->updateBoot(fn(array $b) => ['big' => str_repeat('s', 5000)]);
    },
    // tail == hwm and a region where the frames' next growth step reaches: the next push moves the region first.
    // (A region is placed past a gap as large as the frames, so it takes two growth steps to reach it.)
    'bigfull' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 16; $i++) {
            $q->push("f$i");
        }
        $q->updateBoot(fn(array $b) => ['big' => str_repeat('s', 5000)]);
        for ($i = 16; $i < 32; $i++) {
            $q->push("f$i");
        }
        if ($q->stats()['fileSize'] <= 4096 + 32 * FRAME) {
            throw new RuntimeException('setup bigfull: no region after the frames');
        }
    },
    // Punched, one frame left and a region: emptying moves the region down to the header.
    'bigpunched' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 300; $i++) {
            $q->push("p$i");
        }
        $q->updateBoot(fn(array $b) => ['big' => str_repeat('s', 5000)]);
        for ($i = 0; $i < 299; $i++) {
            $q->shift();
        }
    },
    // A boot region and a delay region, both past 300 frames' place, one frame left: emptying moves both down in one
    // pass, the second (4.6 MiB of delayed frames) across the first's old place, which the committed state still names.
    'tworegions' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 300; $i++) {
            $q->push("t$i");
        }
        $q->updateBoot(fn(array $b) => ['big' => str_repeat('s', 5000)]);
        for ($i = 0; $i < 600; $i++) {
            $q->push("later$i", 100000 + $i);
        }
        for ($i = 0; $i < 299; $i++) {
            $q->shift();
        }
    },
    // Delayed frames far from due (the delay region holds them), beside two frames.
    'delaying' => function (string $path): void {
        $q = new Queue($path, FRAME);
        $q->push('m0');
        $q->push('m1');
        foreach (['d0', 'd1', 'd2'] as $d) {
            $q->push($d, 100000);
        }
    },
    // The delay region full (16 slots): the next delayed push moves it to one twice the size.
    'delayfull' => function (string $path): void {
        $q = new Queue($path, FRAME);
        for ($i = 0; $i < 16; $i++) {
            $q->push("d$i", 100000 + $i);
        }
    },
    // Delayed frames due by the time the operation runs: it promotes them first.
    'due' => function (string $path): void {
        $q = new Queue($path, FRAME);
        $q->push('m0');
        foreach (['e0', 'e1', 'e2'] as $d) {
            $q->push($d, 0.001);
        }
        $q->push('far', 100000);
        usleep(5000);
    },
];

$ops = [
    'create' => fn(string $path) => new Queue($path, FRAME),
    'push' => fn(string $path) => (new Queue($path, FRAME))->push('new'),
    'pop' => fn(string $path) => (new Queue($path, FRAME))->pop(),
    'shift' => fn(string $path) => (new Queue($path, FRAME))->shift(),
    'updateBoot' => fn(string $path) => (new Queue($path, FRAME))->updateBoot(fn(array $b) => $b + ['added' => 'x']),
    'clear' => fn(string $path) => (new Queue($path, FRAME))->clear(),
    'bootBig' => fn(string $path) => (new Queue($path, FRAME))->updateBoot(fn(array $b) => $b + ['big2' => str_repeat('r', 6000)]),
    'bootSmall' => fn(string $path) => (new Queue($path, FRAME))->updateBoot(fn(array $b) => ['small' => 1]),
    'pushDelayed' => fn(string $path) => (new Queue($path, FRAME))->push('later', 100000),
    'write' => fn(string $path) => (new Queue($path, FRAME))->write(4096 + FRAME, 'rewritten'),
];

$cases = [
    ['create', 'absent'],
    ['push', 'absent'], ['push', 'empty'], ['push', 'three'], ['push', 'full'],
    ['pop', 'three'], ['pop', 'one'], ['pop', 'punched'],
    ['shift', 'three'], ['shift', 'one'], ['shift', 'punched'], ['shift', 'boundary'], ['pop', 'boundary'],
    ['updateBoot', 'empty'], ['updateBoot', 'three'],
    ['clear', 'three'], ['clear', 'punched'],
    ['write', 'three'],
    ['bootBig', 'three'], ['bootBig', 'bigboot'], ['bootSmall', 'bigboot'], ['push', 'bigfull'],
    ['shift', 'bigpunched'], ['clear', 'bigboot'], ['pop', 'bigboot'],
    ['pushDelayed', 'empty'], ['pushDelayed', 'delaying'], ['pushDelayed', 'delayfull'],
    ['shift', 'due'], ['push', 'due'], ['shift', 'delaying'], ['clear', 'delaying'], ['shift', 'tworegions'],
];

/* The observable state: count, the frames in order (from a drained copy, due delayed frames included), the delayed frames not yet due, the boot state. */
function snapshot(string $path, ?Queue $held): array
{
    if (!file_exists($path) && $held === null) {
        return ['count' => 0, 'items' => [], 'boot' => [], 'delayed' => 0];
    }
    $q = $held ?? new Queue($path, FRAME);
    $state = ['count' => count($q), 'items' => [], 'boot' => $q->boot(), 'delayed' => $q->stats()['delayed'] ?? 0];
    $copy = "$path.snap";
    copy($path, $copy);
    $c = new Queue($copy, FRAME);
    while (($m = $c->shift()) !== null) {
        $state['items'][] = $m;
    }
    unset($c);
    unlink($copy);
    return $state;
}

function show(array $s): string
{
    $items = count($s['items']) > 6
        ? implode(',', array_slice($s['items'], 0, 3)) . ',...,' . end($s['items'])
        : implode(',', $s['items']);
    return sprintf('count=%d [%s] delayed=%d boot=%s', $s['count'], $items, $s['delayed'], json_encode($s['boot']));
}

$reached = 0;
$notReached = 0;
$bad = [];
$byPoint = array_fill_keys($points, 0);
$outcome = ['before' => 0, 'after' => 0];
$t0 = stress_ms();

foreach ($cases as [$op, $setup]) {
    $path = "$dir/$op-$setup.q";

    // The state after the operation, from an uninterrupted run on a copy.
    @unlink($path);
    $setups[$setup]($path);
    $before = snapshot($path, null);
    $afterPath = "$dir/$op-$setup.after.q";
    @unlink($afterPath);
    if (file_exists($path)) {
        copy($path, $afterPath);
    }
    $ops[$op]($afterPath);
    $after = snapshot($afterPath, null);
    @unlink($afterPath);
    if ($after == $before && $op !== 'create') {
        $bad[] = "$op/$setup: the operation changes nothing, the test would be vacuous";
    }

    foreach ($points as $point) {
        // A pass may move two regions: their points also at the second passage.
        foreach (str_starts_with($point, 'region:') ? [[1, 'alone'], [1, 'shared'], [2, 'alone'], [2, 'shared']]
                : [[1, 'alone'], [1, 'shared']] as [$passage, $mode]) {
            if ($mode === 'shared' && $setup === 'absent') {
                continue;
            }
            @unlink($path);
            $setups[$setup]($path);
            $held = $mode === 'shared' ? new Queue($path, FRAME) : null;

            $pid = pcntl_fork();
            if ($pid === 0) {
                putenv("FILEQ_CRASH_AT=$point");
                putenv("FILEQ_CRASH_AFTER=$passage");
                try {
                    $ops[$op]($path);
                } catch (\Throwable $e) {
                    fwrite(STDERR, "$op/$setup/$point: " . get_class($e) . ': ' . $e->getMessage() . "\n");
                    exit(3);
                }
                exit(0);
            }
            pcntl_waitpid($pid, $status);
            $label = "$op/$setup @ $point" . ($passage > 1 ? " #$passage" : '') . " ($mode)";
            if (!pcntl_wifsignaled($status)) {
                if (pcntl_wexitstatus($status) !== 0) {
                    $bad[] = "$label: the operation failed without a crash";
                }
                $notReached++;
                unset($held);
                continue;
            }
            $reached++;
            $byPoint[$point]++;
            try {
                $got = snapshot($path, $held);
                $which = $got == $before ? 'before' : ($got == $after ? 'after' : null);
                if ($which === null) {
                    $bad[] = "$label: " . show($got) . "\n      before: " . show($before) . "\n      after:  " . show($after);
                } else {
                    $outcome[$which]++;
                    // And the queue still works, through the handle that saw the crash.
                    $q = $held ?? new Queue($path, FRAME);
                    $q->push('probe');
                    if ($q->pop() !== 'probe' || count($q) !== $got['count']) {
                        $bad[] = "$label: push/pop after the crash misbehaves";
                    }
                    unset($q);
                }
                if ($o['verbose']) {
                    printf("  %-50s %s\n", $label, $which ?? 'BAD');
                }
            } catch (\Throwable $e) {
                $bad[] = "$label: reopening threw " . get_class($e) . ': ' . $e->getMessage();
            }
            unset($held);
        }
    }
}

/*
 * Sequences (FILEQ_CRASH_AFTER=k): several operations, in a transaction or
 * not. Each operation commits on its own, so a crash at the k-th commit must
 * leave exactly the state after k-1 operations (before the slot is written)
 * or after k (once it is): a transaction gives exclusion, not atomicity.
 */
$sequences = [
    'transaction push,push,push' => [true, [fn(Queue $q) => $q->push('t1'), fn(Queue $q) => $q->push('t2'), fn(Queue $q) => $q->push('t3')]],
    'transaction shift,push,pop' => [true, [fn(Queue $q) => $q->shift(), fn(Queue $q) => $q->push('t2'), fn(Queue $q) => $q->pop()]],
    'push,updateBoot,shift' => [false, [fn(Queue $q) => $q->push('t1'), fn(Queue $q) => $q->updateBoot(fn(array $b) => ['s' => 1]), fn(Queue $q) => $q->shift()]],
];
$seqPoints = ['commit:torn' => 0, 'commit:before' => 0, 'commit:after' => 1];
$seqCrashes = 0;
foreach ($sequences as $name => [$inTransaction, $steps]) {
    $path = "$dir/seq.q";
    $prefix = [];
    for ($k = 0; $k <= count($steps); $k++) {
        @unlink($path);
        $setups['three']($path);
        $q = new Queue($path, FRAME);
        foreach (array_slice($steps, 0, $k) as $step) {
            $step($q);
        }
        unset($q);
        $prefix[$k] = snapshot($path, null);
    }
    foreach ($seqPoints as $point => $done) {
        for ($k = 1; $k <= count($steps); $k++) {
            @unlink($path);
            $setups['three']($path);
            $pid = pcntl_fork();
            if ($pid === 0) {
                putenv("FILEQ_CRASH_AT=$point");
                putenv("FILEQ_CRASH_AFTER=$k");
                $q = new Queue($path, FRAME);
                $run = function (Queue $q) use ($steps): void {
                    foreach ($steps as $step) {
                        $step($q);
                    }
                };
                $inTransaction ? $q->transaction($run) : $run($q);
                exit(0);
            }
            pcntl_waitpid($pid, $status);
            $label = "$name @ $point #$k";
            if (!pcntl_wifsignaled($status)) {
                $bad[] = "$label: did not crash";
                continue;
            }
            $seqCrashes++;
            $want = $k - 1 + $done;
            $got = snapshot($path, null);
            if ($got != $prefix[$want]) {
                $bad[] = "$label: " . show($got) . " (want the state after $want operations: " . show($prefix[$want]) . ')';
            }
            if ($o['verbose']) {
                printf("  %-50s %s\n", $label, $got == $prefix[$want] ? "after $want" : 'BAD');
            }
        }
    }
}
printf("crashpoints: %d sequences (FILEQ_CRASH_AFTER): %d crashes, each left the state after exactly the operations committed\n",
    count($sequences), $seqCrashes);

/*
 * Job queues: a child reserves the oldest job and acknowledges (or releases)
 * it, killed at each point on the way, at each passage (FILEQ_CRASH_AFTER).
 * Then the queue, drained by shift() (which hands out the jobs of dead
 * holders), must hold every job but the first, or every job: the first is
 * held (by the dead child: handed out again), acknowledged, or available -
 * never lost, never both acknowledged and handed out.
 */
$jobPoints = ['reserve:before-envelope', 'job:envelope', 'reserve:after-envelope', 'ack:before-envelope',
    'ack:after-envelope', 'commit:torn', 'commit:before', 'commit:after', 'take:before-commit'];
$jobSource = @file_get_contents(__DIR__ . '/../../src/core/jobs.c') . $core;
foreach ($jobPoints as $p) {
    if ($jobSource !== '' && !str_contains($jobSource, "\"$p\"")) {
        fwrite(STDERR, "crash point $p is no longer in src/core\n");
        exit(1);
    }
}
$jobCrashes = 0;
$jobOutcome = ['acknowledged' => 0, 'not acknowledged' => 0];
// again: reserve, release, then reserve the released job and acknowledge it (its count of released jobs changes twice).
foreach (['ack', 'release', 'again'] as $settle) {
    foreach ($jobPoints as $point) {
        for ($k = 1; $k <= 3; $k++) {
            $path = "$dir/jobs-$settle.q";
            @unlink($path);
            $q = new Queue($path, FRAME, Queue::JOBS);
            foreach (['j0', 'j1', 'j2'] as $m) {
                $q->push($m);
            }
            unset($q);
            $pid = pcntl_fork();
            if ($pid === 0) {
                putenv("FILEQ_CRASH_AT=$point");
                putenv("FILEQ_CRASH_AFTER=$k");
                $q = new Queue($path, FRAME);
                $job = $q->reserve();
                $settle === 'ack' ? $q->ack($job) : $q->release($job);
                if ($settle === 'again') {
                    $q->ack($q->reserve());
                }
                exit(0);
            }
            pcntl_waitpid($pid, $status);
            if (!pcntl_wifsignaled($status)) {
                continue;  // fewer passages than $k
            }
            $jobCrashes++;
            $label = "jobs $settle @ $point #$k";
            try {
                // Each shift by a fresh handle, as a pool's workers take jobs: each reads the committed state.
                $items = [];
                for ($n = 0; $n < 10; $n++) {
                    $q = new Queue($path, FRAME);
                    $m = $q->shift();
                    unset($q);
                    if ($m === null) {
                        break;
                    }
                    $items[] = $m;
                }
                $q = new Queue($path, FRAME);
                sort($items);
                $all = $items === ['j0', 'j1', 'j2'];
                $acked = $items === ['j1', 'j2'];
                if (!$all && !($acked && $settle !== 'release')) {
                    $bad[] = "$label: left [" . implode(',', $items) . ']';
                } else {
                    $jobOutcome[$all ? 'not acknowledged' : 'acknowledged']++;
                }
                if (count($q) !== 0 || $q->jobStats()['held'] !== 0) {
                    $bad[] = "$label: drained, yet count " . count($q) . ', held ' . $q->jobStats()['held'];
                }
                unset($q);
            } catch (\Throwable $e) {
                $bad[] = "$label: reopening threw " . get_class($e) . ': ' . $e->getMessage();
            }
        }
    }
}
printf("crashpoints: job queues, reserve + ack/release/release-reserve-ack x %d points x 3 passages: %d crashes (first job acknowledged %d, not %d), none lost\n",
    count($jobPoints), $jobCrashes, $jobOutcome['acknowledged'], $jobOutcome['not acknowledged']);
if ($jobOutcome['acknowledged'] === 0 || $jobOutcome['not acknowledged'] === 0) {
    $bad[] = 'job crash points: one of the two outcomes never happened, the test would be vacuous';
}

$never = array_keys(array_filter($byPoint, fn($n) => $n === 0));
printf("crashpoints: %d operation/state cases x %d points x 2 modes in %.1f s\n",
    count($cases), count($points), (stress_ms() - $t0) / 1000);
printf("  crashed %d times (state before: %d, after: %d), point not on the path %d times, violations %d\n",
    $reached, $outcome['before'], $outcome['after'], $notReached, count($bad));
foreach ($byPoint as $p => $n) {
    printf("  %-24s %3d crashes\n", $p, $n);
}
stress_rmdir($dir);
if ($never) {
    $bad[] = 'points never reached: ' . implode(', ', $never);
}
if ($bad) {
    echo "crashpoints: FAIL\n  - " . implode("\n  - ", $bad) . "\n";
    exit(1);
}
echo "crashpoints: OK\n";
