<?php
/*
 * fileq benchmarks, side by side in one run: every case is timed in several
 * rounds and the median is reported, with ratios against the baselines.
 * Run it through bench/run, which loads fileq and PHP's own IPC extensions.
 */

const ROUNDS = 5;

$quick = in_array('--quick', $argv, true);
$only = null;
foreach ($argv as $a) {
    if (str_starts_with($a, '--only=')) {
        $only = substr($a, 7);
    }
}
$dir = sys_get_temp_dir() . '/fileq-bench-' . getmypid();
@mkdir($dir);
$owner = getmypid();
register_shutdown_function(function () use ($dir, $owner) {
    if (getmypid() !== $owner) {
        return;   // a forked child: the files are the parent's
    }
    foreach (glob("$dir/*") as $f) {
        @unlink($f);
    }
    @rmdir($dir);
});
$N = $quick ? 20000 : 200000;
$so = getenv('FILEQ_SO') ?: dirname(__DIR__) . '/modules/fileq.so';   // bench/run sets it
$failed = [];
$payload = str_repeat('x', 100);
$results = [];

function median(array $v): float
{
    sort($v);
    $n = count($v);
    return $n % 2 ? $v[intdiv($n, 2)] : ($v[$n / 2 - 1] + $v[$n / 2]) / 2;
}

/* Median over ROUNDS of $fn(), which returns the seconds it measured for $ops operations: µs per op. */
function measure(callable $fn, int $ops): float
{
    $t = [];
    for ($r = 0; $r < ROUNDS; $r++) {
        $t[] = $fn() / $ops * 1e6;
    }
    return median($t);
}

function section(string $title): void
{
    echo "\n== $title ==\n";
}

function table(array $rows, string $baselineKey = null): void
{
    $w = max(array_map('strlen', array_keys($rows))) + 2;
    foreach ($rows as $name => $us) {
        $line = str_pad($name, $w) . sprintf('%10.3f µs', $us);
        if ($baselineKey !== null && isset($rows[$baselineKey]) && $rows[$baselineKey] > 0) {
            $line .= sprintf('   ratio %6.3f', $us / $rows[$baselineKey]);
        }
        echo $line, "\n";
    }
}

function want(string $case): bool
{
    global $only;
    return $only === null || $only === $case;
}

/* ---- single process: push + pop of a 100-byte message -------------------------------- */

if (want('pair')) {
    section("push + pop of a 100-byte message, one process, $N pairs, median of " . ROUNDS . " rounds");
    $rows = [];
    $q = new FileQ\Queue("$dir/pair.q", 128);
    $rows['FileQ\\Queue push+pop (LIFO)'] = measure(function () use ($q, $payload, $N) {
        $t = hrtime(true);
        for ($i = 0; $i < $N; $i++) {
            $q->push($payload);
            $q->pop();
        }
        return (hrtime(true) - $t) / 1e9;
    }, $N);
    $rows['FileQ\\Queue push+shift (FIFO)'] = measure(function () use ($q, $payload, $N) {
        $t = hrtime(true);
        for ($i = 0; $i < $N; $i++) {
            $q->push($payload);
            $q->shift();
        }
        return (hrtime(true) - $t) / 1e9;
    }, $N);
    $qj = new FileQ\Queue("$dir/jobs.q", 160, FileQ\Queue::JOBS);
    $rows['FileQ\\Queue JOBS push+reserve+ack'] = measure(function () use ($qj, $payload, $N) {
        $t = hrtime(true);
        for ($i = 0; $i < $N; $i++) {
            $qj->push($payload);
            $qj->ack($qj->reserve());
        }
        return (hrtime(true) - $t) / 1e9;
    }, $N);
    $rows['FileQ\\Queue transaction(push+pop)'] = measure(function () use ($q, $payload, $N) {
        $fn = function ($q) use ($payload) {
            $q->push($payload);
            return $q->pop();
        };
        $t = hrtime(true);
        for ($i = 0; $i < $N; $i++) {
            $q->transaction($fn);
        }
        return (hrtime(true) - $t) / 1e9;
    }, $N);
    $qs = new FileQ\Queue("$dir/sync.q", 128, FileQ\Queue::SYNC);
    $syncN = max(200, intdiv($N, 200));
    $rows['FileQ\\Queue SYNC push+pop'] = measure(function () use ($qs, $payload, $syncN) {
        $t = hrtime(true);
        for ($i = 0; $i < $syncN; $i++) {
            $qs->push($payload);
            $qs->pop();
        }
        return (hrtime(true) - $t) / 1e9;
    }, $syncN);
    if (function_exists('msg_get_queue')) {
        $m = msg_get_queue(ftok(__FILE__, 'b'));
        $rows['SysV msg_send+msg_receive (raw)'] = measure(function () use ($m, $payload, $N) {
            $t = hrtime(true);
            for ($i = 0; $i < $N; $i++) {
                msg_send($m, 1, $payload, false);
                msg_receive($m, 0, $type, 4096, $out, false);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $N);
        $rows['SysV msg_send+msg_receive (serialized)'] = measure(function () use ($m, $payload, $N) {
            $t = hrtime(true);
            for ($i = 0; $i < $N; $i++) {
                msg_send($m, 1, $payload);
                msg_receive($m, 0, $type, 4096, $out);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $N);
        msg_remove_queue($m);
    }
    if (class_exists('FileQ\\MessageQueue')) {
        $mq = new FileQ\MessageQueue(ftok(__FILE__, 'c'));
        $rows['FileQ\\MessageQueue send+receive (raw)'] = measure(function () use ($mq, $payload, $N) {
            $t = hrtime(true);
            for ($i = 0; $i < $N; $i++) {
                $mq->send($payload, 1, false);
                $mq->receive(0, 4096, false);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $N);
        $rows['FileQ\\MessageQueue send+receive (serialized)'] = measure(function () use ($mq, $payload, $N) {
            $t = hrtime(true);
            for ($i = 0; $i < $N; $i++) {
                $mq->send($payload);
                $mq->receive(0, 4096);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $N);
        $mq->remove();
    }
    $base = dirname(__DIR__) . '/tests/seed/seed_queue_baseline.inc';
    if (is_file($base) && function_exists('mb_strlen')) {
        require_once $base;
        $seedN = intdiv($N, 10);
        touch("$dir/seed.q");
        $GLOBALS['cron_requests_events_settings'] = ['queue_file' => "$dir/seed.q"];
        $rows['seed baseline push+pop (pure PHP)'] = measure(function () use ($payload, $seedN) {
            $t = hrtime(true);
            for ($i = 0; $i < $seedN; $i++) {
                seed_queue_address_push($payload, 128);
                seed_queue_address_pop(128);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $seedN);
    }
    table($rows, isset($rows['SysV msg_send+msg_receive (raw)']) ? 'SysV msg_send+msg_receive (raw)' : null);
    if (isset($rows['seed baseline push+pop (pure PHP)'])) {
        printf("FileQ\\Queue push+pop vs seed baseline: %.1fx faster (target >= 5x)\n",
            $rows['seed baseline push+pop (pure PHP)'] / $rows['FileQ\\Queue push+pop (LIFO)']);
    }
    if (isset($rows['SysV msg_send+msg_receive (raw)'])) {
        printf("FileQ\\Queue push+pop / SysV raw pair: %.3f (target <= 1.0)\n",
            $rows['FileQ\\Queue push+pop (LIFO)'] / $rows['SysV msg_send+msg_receive (raw)']);
    }
    printf("FileQ\\Queue JOBS push+reserve+ack / push+shift: %.2f (target <= 2)\n",
        $rows['FileQ\\Queue JOBS push+reserve+ack'] / $rows['FileQ\\Queue push+shift (FIFO)']);
    if (isset($rows['FileQ\\MessageQueue send+receive (raw)'])) {
        printf("FileQ\\MessageQueue / msg_send+msg_receive: raw %.3f, serialized %.3f (target <= 1.10)\n",
            $rows['FileQ\\MessageQueue send+receive (raw)'] / $rows['SysV msg_send+msg_receive (raw)'],
            $rows['FileQ\\MessageQueue send+receive (serialized)'] / $rows['SysV msg_send+msg_receive (serialized)']);
    }
}

/* ---- cross-process ping-pong: one process pushes to q1 and blocks on q2, the other the reverse ---- */

if (want('pingpong') && function_exists('pcntl_fork')) {
    $trips = $quick ? 1000 : 5000;
    $rounds = $quick ? 3 : 9;
    section("ping-pong between two processes through two queues, $trips round trips, median of $rounds rounds");
    /*
     * Each case: the parent sends a message and blocks for the answer, the
     * child blocks for a message and answers; a round trip is two hand-offs
     * and two wake-ups. $make() runs in each process and returns [send,
     * receive]. The cases take turns within each round (one scheduler, one
     * load for all of them); µs per round trip, median of the rounds.
     */
    $once = function (callable $make) use ($trips): float {
        $pid = pcntl_fork();
        if ($pid === 0) {
            [$send, $recv] = $make(false);
            for ($i = 0; $i < $trips; $i++) {
                $send($recv());
            }
            exit(0);
        }
        [$send, $recv] = $make(true);
        $t = hrtime(true);
        for ($i = 0; $i < $trips; $i++) {
            $send('ping');
            $recv();
        }
        $us = (hrtime(true) - $t) / 1e3 / $trips;
        pcntl_waitpid($pid, $status);
        return $us;
    };
    foreach (['q1', 'q2'] as $n) {
        @unlink("$dir/pp-$n.q");
        @unlink("$dir/ppj-$n.q");
        new FileQ\Queue("$dir/pp-$n.q", 128);
        new FileQ\Queue("$dir/ppj-$n.q", 160, FileQ\Queue::JOBS);
    }
    $cases = [];
    $cases['FileQ\\Queue push / shift(-1)'] = function (bool $parent) use ($dir) {
        $q1 = new FileQ\Queue("$dir/pp-q1.q");
        $q2 = new FileQ\Queue("$dir/pp-q2.q");
        [$out, $in] = $parent ? [$q1, $q2] : [$q2, $q1];
        return [fn ($m) => $out->push($m), fn () => $in->shift(-1)];
    };
    $cases['FileQ\\Queue JOBS push / reserve(-1)+ack'] = function (bool $parent) use ($dir) {
        $q1 = new FileQ\Queue("$dir/ppj-q1.q");
        $q2 = new FileQ\Queue("$dir/ppj-q2.q");
        [$out, $in] = $parent ? [$q1, $q2] : [$q2, $q1];
        return [fn ($m) => $out->push($m), function () use ($in) {
            $job = $in->reserve(-1);
            $in->ack($job);
            return $job->data;
        }];
    };
    $sysvKeys = [ftok(__FILE__, 'p'), ftok(__FILE__, 'q')];
    if (function_exists('msg_get_queue')) {
        $cases['SysV msg_send / msg_receive (blocking)'] = function (bool $parent) use ($sysvKeys) {
            $m1 = msg_get_queue($sysvKeys[0]);
            $m2 = msg_get_queue($sysvKeys[1]);
            [$out, $in] = $parent ? [$m1, $m2] : [$m2, $m1];
            return [fn ($m) => msg_send($out, 1, $m, false), function () use ($in) {
                msg_receive($in, 0, $type, 4096, $msg, false);
                return $msg;
            }];
        };
    }
    $mqKeys = [ftok(__FILE__, 'r'), ftok(__FILE__, 's')];
    if (class_exists('FileQ\\MessageQueue')) {
        $cases['FileQ\\MessageQueue send / receive (blocking)'] = function (bool $parent) use ($mqKeys) {
            $m1 = new FileQ\MessageQueue($mqKeys[0]);
            $m2 = new FileQ\MessageQueue($mqKeys[1]);
            [$out, $in] = $parent ? [$m1, $m2] : [$m2, $m1];
            return [fn ($m) => $out->send($m, 1, false), fn () => $in->receive(0, 4096, false)];
        };
    }
    $samples = [];
    for ($r = 0; $r < $rounds; $r++) {
        foreach ($cases as $name => $make) {
            $samples[$name][] = $once($make);
        }
    }
    $rows = [];
    foreach ($samples as $name => $list) {
        sort($list);
        $rows[$name] = $list[intdiv(count($list), 2)];
    }
    if (function_exists('msg_get_queue')) {
        msg_remove_queue(msg_get_queue($sysvKeys[0]));
        msg_remove_queue(msg_get_queue($sysvKeys[1]));
    }
    if (class_exists('FileQ\\MessageQueue')) {
        (new FileQ\MessageQueue($mqKeys[0]))->remove();
        (new FileQ\MessageQueue($mqKeys[1]))->remove();
    }
    table($rows, isset($rows['SysV msg_send / msg_receive (blocking)']) ? 'SysV msg_send / msg_receive (blocking)' : null);
    if (isset($rows['SysV msg_send / msg_receive (blocking)'])) {
        printf("FileQ\\Queue shift(-1) round trip / SysV blocking round trip: %.3f (target <= 1.0)\n",
            $rows['FileQ\\Queue push / shift(-1)'] / $rows['SysV msg_send / msg_receive (blocking)']);
    }
}

/* ---- the seed's procedural API, native against the pure-PHP baseline ---------------- */

if (want('seed') && is_file(__DIR__ . '/seed_api.php') && function_exists('queue_address_push')) {
    // On the disk's file system and in memory: a LIFO pop truncates, which costs far more on ext4.
    foreach (array_filter([$dir, is_dir('/dev/shm') ? '/dev/shm' : null]) as $where) {
        section("queue_address_push/pop: native against the seed baseline, files in $where");
        passthru(escapeshellarg(PHP_BINARY) . ' ' . implode(' ', array_map('escapeshellarg', array_merge(
            ['-n', '-d', "extension=$so"],
            extension_loaded('mbstring') ? ['-d', 'extension=mbstring'] : [],
            [__DIR__ . '/seed_api.php', $quick ? '5000' : '20000', $quick ? '3' : '5', $where]
        ))));
    }
}

/* ---- a whole FPM request and a whole CLI process, start-up and shutdown included -------- */

if (want('request')) {
    // Its own php-fpm masters and php processes (bench/request_cost.php); this process only waits.
    section('one push + one pop in a whole PHP-FPM request and a whole CLI process: native against the seed baseline');
    passthru(escapeshellarg(PHP_BINARY) . ' -n ' . implode(' ', array_map('escapeshellarg',
        [__DIR__ . '/request_cost.php', $quick ? '60' : '300', $quick ? '40' : '200', $quick ? '3' : '5'])), $rc);
    if ($rc !== 0) {
        $failed[] = 'request';
    }
}

/* ---- pop/shift cost against queue length ---------------------------------------------- */

if (want('depth')) {
    $depths = $quick ? [1000, 100000] : [1000, 1000000, 10000000];
    $ops = $quick ? 20000 : 100000;
    section("pop/shift with N frames queued (frame 64 bytes; $ops ops at the top, median of " . ROUNDS . ")");
    $rows = [];
    foreach ($depths as $depth) {
        @unlink("$dir/depth.q");
        $q = new FileQ\Queue("$dir/depth.q", 64);
        $chunk = str_repeat('y', 40);
        $q->transaction(function ($q) use ($depth, $chunk) {
            for ($i = 0; $i < $depth; $i++) {
                $q->push($chunk);
            }
        });
        $rows["pop+push at N=" . number_format($depth)] = measure(function () use ($q, $chunk, $ops) {
            $t = hrtime(true);
            for ($i = 0; $i < $ops; $i++) {
                $q->pop();
                $q->push($chunk);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $ops);
        $rows["shift+push at N=" . number_format($depth)] = measure(function () use ($q, $chunk, $ops) {
            $t = hrtime(true);
            for ($i = 0; $i < $ops; $i++) {
                $q->shift();
                $q->push($chunk);
            }
            return (hrtime(true) - $t) / 1e9;
        }, $ops);
        unset($q);
        @unlink("$dir/depth.q");
    }
    table($rows);
    $first = $depths[0];
    $last = end($depths);
    printf("pop at N=%s / N=%s: %.3f, shift: %.3f (target <= 1.5)\n", number_format($last), number_format($first),
        $rows["pop+push at N=" . number_format($last)] / $rows["pop+push at N=" . number_format($first)],
        $rows["shift+push at N=" . number_format($last)] / $rows["shift+push at N=" . number_format($first)]);
}

/* ---- memory over a million operations ------------------------------------------------- */

if (want('memory')) {
    $ops = $quick ? 100000 : 1000000;
    section("memory over " . number_format($ops) . " push+shift operations");
    $q = new FileQ\Queue("$dir/mem.q", 128);
    $rss = function (): int {
        preg_match('/^VmRSS:\s+(\d+)/m', (string) @file_get_contents('/proc/self/status'), $m);
        return (int) ($m[1] ?? 0);
    };
    $report = [];
    for ($i = 1; $i <= $ops; $i++) {
        $q->push($payload);
        $q->shift();
        if ($i % intdiv($ops, 4) === 0) {
            $report[] = sprintf("after %9s ops: PHP memory %7d bytes, RSS %6d KiB", number_format($i),
                memory_get_usage(), $rss());
        }
    }
    echo implode("\n", $report), "\n";
}

/* ---- contended: 4 producers + 4 consumers ---------------------------------------------- */

if (want('contended') && function_exists('pcntl_fork')) {
    $total = $quick ? 20000 : 200000;
    section("contended: 4 producers + 4 consumers, " . number_format($total) . " messages of 100 bytes");
    $run = function (string $name, callable $producer, callable $consumer) use ($total, $dir) {
        $per = intdiv($total, 4);
        $t = hrtime(true);
        $pids = [];
        for ($p = 0; $p < 4; $p++) {
            $pid = pcntl_fork();
            if ($pid === 0) {
                $producer($p, $per);
                exit(0);
            }
            $pids[] = $pid;
        }
        for ($c = 0; $c < 4; $c++) {
            $pid = pcntl_fork();
            if ($pid === 0) {
                $seen = $consumer($c);
                file_put_contents("$dir/seen.$c", implode("\n", $seen));
                exit(0);
            }
            $pids[] = $pid;
        }
        foreach ($pids as $pid) {
            pcntl_waitpid($pid, $status);
        }
        $secs = (hrtime(true) - $t) / 1e9;
        $all = [];
        for ($c = 0; $c < 4; $c++) {
            $part = file_get_contents("$dir/seen.$c");
            if ($part !== '') {
                array_push($all, ...explode("\n", $part));
            }
            unlink("$dir/seen.$c");
        }
        $unique = count(array_unique($all));
        printf("%-26s %9.0f msg/s  received %d, distinct %d, lost %d, duplicated %d\n", $name, $total / $secs,
            count($all), $unique, $total - $unique, count($all) - $unique);
        return $total / $secs;
    };
    $rate = [];
    $rate['fileq'] = $run('FileQ\\Queue (FIFO)', function ($p, $per) use ($dir, $payload) {
        $q = new FileQ\Queue("$dir/contended.q", 128);
        for ($i = 0; $i < $per; $i++) {
            $q->push(sprintf('%d:%d:', $p, $i) . $payload);
        }
        for ($i = 0; $i < 1; $i++) {
            $q->push('STOP');
        }
    }, function ($c) use ($dir) {
        $q = new FileQ\Queue("$dir/contended.q", 128);
        $seen = [];
        while (true) {
            $m = $q->shift();
            if ($m === null) {
                $q->wait(1);
                continue;
            }
            if ($m === 'STOP') {
                break;
            }
            $seen[] = substr($m, 0, strpos($m, ':', strpos($m, ':') + 1));
        }
        return $seen;
    });
    if (function_exists('msg_get_queue')) {
        $key = ftok(__FILE__, 'k');
        $rate['sysv'] = $run('SysV msg (raw)', function ($p, $per) use ($key, $payload) {
            $m = msg_get_queue($key);
            for ($i = 0; $i < $per; $i++) {
                msg_send($m, 1, sprintf('%d:%d:', $p, $i) . $payload, false);
            }
            msg_send($m, 1, 'STOP', false);
        }, function ($c) use ($key) {
            $m = msg_get_queue($key);
            $seen = [];
            while (true) {
                msg_receive($m, 0, $type, 4096, $msg, false);
                if ($msg === 'STOP') {
                    break;
                }
                $seen[] = substr($msg, 0, strpos($msg, ':', strpos($msg, ':') + 1));
            }
            return $seen;
        });
        msg_remove_queue(msg_get_queue($key));
        printf("fileq / SysV throughput: %.2f (target >= 0.5)\n", $rate['fileq'] / $rate['sysv']);
    }
}

if ($failed) {
    fwrite(STDERR, 'failed: ' . implode(', ', $failed) . "\n");
    exit(1);
}
