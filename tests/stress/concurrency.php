<?php
/*
 * Concurrency: N processes x M mixed operations on one queue (push, pop,
 * shift, read, write, transaction, updateBoot, and now and then a drain and
 * clear() that cut the file back while the other handles hold older states),
 * every pushed id unique.
 * Nobody is killed, so the books must balance exactly:
 *   pushed == popped + remaining (as sets), no id twice, no id never pushed,
 *   stats()['dropped'] == 0 (no torn frame), and the boot counter every
 *   updateBoot() incremented equals the number of increments (no lost update).
 * A write() rewrites a frame the writer itself pushed, keeping its id, inside a
 * transaction after reading it back: the frame must still be its own there.
 * With --raw (seed layout): no shift() (a stack) and no updateBoot() (the seed's
 * boot frame is the file's first frame, shared with pushes and pops).
 *
 * php -n -d extension_dir=modules -d extension=fileq tests/stress/concurrency.php
 *     [--procs=16] [--ops=10000] [--frame=96] [--raw] [--dir=/tmp/...]
 */
declare(strict_types=1);
require __DIR__ . '/lib.php';

use FileQ\Queue;

stress_need_fileq();
$o = stress_args(['procs' => '16', 'ops' => '10000', 'frame' => '96', 'raw' => false, 'dir' => '']);
$procs = (int) $o['procs'];
$ops = (int) $o['ops'];
$frame = (int) $o['frame'];
$raw = (bool) $o['raw'];
$flags = $raw ? Queue::RAW : 0;
$dir = $o['dir'] !== '' ? $o['dir'] : sys_get_temp_dir() . '/fileq-concurrency-' . getmypid();
stress_rmdir($dir);
mkdir($dir, 0700, true);
$path = "$dir/queue";

function worker(int $w, string $dir, string $path, int $frame, int $flags, int $ops, bool $raw): void
{
    mt_srand($w * 7919 + 17);
    $q = new Queue($path, $frame, $flags);
    // Start together: without the barrier the first workers are done before the last is forked.
    while (!file_exists("$dir/go")) {
        usleep(500);
    }
    $room = $q->getMaxPayload() - 24;
    $pushed = [];
    $popped = [];
    $mine = [];        // cursor => id of frames this worker pushed (they may be gone since)
    $bootInc = 0;
    $writes = 0;
    $reads = 0;
    $bad = [];
    $n = 0;
    $take = function (?string $got) use (&$popped, &$bad): void {
        if ($got === null) {
            return;
        }
        $id = stress_check($got);
        if ($id === null) {
            $bad[] = 'torn payload ' . bin2hex(substr($got, 0, 32));
        } else {
            $popped[] = $id;
        }
    };
    for ($i = 0; $i < $ops; $i++) {
        $r = mt_rand(0, 999) / 10;
        if ($r >= 99.8 && !$raw) {                       // drain, then clear(): the file shrinks under the others
            $q->transaction(function (Queue $q) use ($take): void {
                while (($got = $q->shift()) !== null) {
                    $take($got);
                }
                $q->clear();   // empty already: only cuts the file back to its header
            });
        } elseif ($r < 38) {                             // push
            $id = "w$w.$n";
            $n++;
            $mine[$q->push(stress_payload($id, mt_rand(0, $room - strlen($id))))] = $id;
            $pushed[] = $id;
        } elseif ($r < 55) {                             // pop
            $take($q->pop());
        } elseif ($r < 72 && !$raw) {                    // shift
            $take($q->shift());
        } elseif ($r < 80) {                             // read at one of my cursors: whole or gone
            $cursor = array_rand($mine ?: [0 => '']);
            $got = $mine ? $q->read($cursor) : null;
            $reads++;
            if ($got !== null && stress_check($got) === null) {
                $bad[] = "read($cursor) returned a torn payload";
            }
        } elseif ($r < 85 && $mine) {                    // write: rewrite my own frame, same id
            $cursor = array_rand($mine);
            $id = $mine[$cursor];
            $q->transaction(function (Queue $q) use ($cursor, $id, $room, &$writes, &$bad): void {
                $got = $q->read($cursor);
                if ($got !== null && stress_check($got) === $id) {
                    $q->write($cursor, stress_payload($id, mt_rand(0, $room - strlen($id))));
                    $writes++;
                }
            });
        } elseif ($r < 93) {                             // transaction: push then take, atomically
            $id = "w$w.$n";
            $n++;
            $q->transaction(function (Queue $q) use ($id, $raw, $take, &$pushed, &$bad): void {
                $before = count($q);
                $q->push(stress_payload($id, 3));
                $pushed[] = $id;
                if (count($q) !== $before + 1) {
                    $bad[] = 'count moved inside a transaction';
                }
                $take($raw ? $q->pop() : $q->shift());
            });
        } elseif ($raw) {
            // RAW keeps the seed's layout: its boot frame is the file's first 4096 bytes, which
            // pushes to an empty file and pops of the last frame share; no boot traffic here.
            $take($q->pop());
        } else {                                         // updateBoot: a shared counter
            $q->updateBoot(function (array $b) {
                $b['counter'] = ($b['counter'] ?? 0) + 1;
                return $b;
            });
            $bootInc++;
        }
    }
    file_put_contents("$dir/pushed-$w", implode("\n", $pushed) . "\n");
    file_put_contents("$dir/popped-$w", implode("\n", $popped) . "\n");
    file_put_contents("$dir/extra-$w", json_encode(['boot' => $bootInc, 'writes' => $writes, 'reads' => $reads, 'bad' => $bad]));
}

new Queue($path, $frame, $flags);
$t0 = stress_ms();
$pids = [];
for ($w = 0; $w < $procs; $w++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        try {
            worker($w, $dir, $path, $frame, $flags, $ops, $raw);
        } catch (\Throwable $e) {
            file_put_contents("$dir/error-$w", get_class($e) . ': ' . $e->getMessage() . "\n");
            exit(4);
        }
        exit(0);
    }
    $pids[] = $pid;
}
touch("$dir/go");
$fail = [];
foreach ($pids as $w => $pid) {
    pcntl_waitpid($pid, $status);
    if (!pcntl_wifexited($status) || pcntl_wexitstatus($status) !== 0) {
        $fail[] = "worker $w: " . (is_file("$dir/error-$w") ? trim(file_get_contents("$dir/error-$w")) : "status $status");
    }
}
$elapsed = stress_ms() - $t0;

$pushed = [];
$popped = [];
$boot = $writes = $reads = 0;
for ($w = 0; $w < $procs; $w++) {
    foreach (stress_log_lines("$dir/pushed-$w") as $id) {
        if ($id !== '') {
            $pushed[$id] = ($pushed[$id] ?? 0) + 1;
        }
    }
    foreach (stress_log_lines("$dir/popped-$w") as $id) {
        if ($id !== '') {
            $popped[$id] = ($popped[$id] ?? 0) + 1;
        }
    }
    $x = json_decode((string) @file_get_contents("$dir/extra-$w"), true) ?? ['boot' => 0, 'writes' => 0, 'reads' => 0, 'bad' => ['no report']];
    $boot += $x['boot'];
    $writes += $x['writes'];
    $reads += $x['reads'];
    foreach ($x['bad'] as $b) {
        $fail[] = "worker $w: $b";
    }
}
$q = new Queue($path, $frame, $flags);
$stats = $q->stats();
$counter = $raw ? 0 : ($q->boot()['counter'] ?? 0);
$remaining = 0;
while (($got = $q->pop()) !== null) {
    $id = stress_check($got);
    if ($id === null) {
        $fail[] = 'torn payload left in the queue';
        continue;
    }
    $popped[$id] = ($popped[$id] ?? 0) + 1;
    $remaining++;
}
$dup = $missing = $unknown = 0;
foreach ($popped as $id => $times) {
    $dup += $times - 1;
    if (!isset($pushed[$id])) {
        $unknown++;
    }
}
foreach ($pushed as $id => $times) {
    $dup += $times - 1;
    if (!isset($popped[$id])) {
        $missing++;
    }
}
$totalPushed = array_sum($pushed);
$totalPopped = array_sum($popped) - $remaining;

printf("concurrency (%s, frame %d): %d processes x %d operations in %.1f s (%.0f ops/s)\n",
    $raw ? 'RAW' : 'framed', $frame, $procs, $ops, $elapsed / 1000, $procs * $ops / ($elapsed / 1000));
printf("  pushed %d = popped %d + remaining %d; missing %d, duplicated %d, unknown %d\n",
    $totalPushed, $totalPopped, $remaining, $missing, $dup, $unknown);
printf("  reads %d, writes %d, boot counter %d of %d updates, dropped %d\n",
    $reads, $writes, $counter, $boot, $raw ? 0 : $stats['dropped']);

if ($totalPushed !== $totalPopped + $remaining || $missing || $dup || $unknown) {
    $fail[] = 'the books do not balance';
}
if (!$raw && $stats['dropped'] !== 0) {
    $fail[] = "stats()['dropped'] is {$stats['dropped']}";
}
if ($counter !== $boot) {
    $fail[] = "boot counter $counter != $boot increments (a lost update)";
}
if ($totalPushed === 0 || $totalPopped === 0) {
    $fail[] = 'no work was done';
}
stress_rmdir($dir);
if ($fail) {
    echo "concurrency: FAIL\n  - " . implode("\n  - ", array_slice($fail, 0, 20)) . "\n";
    exit(1);
}
echo "concurrency: OK\n";
