<?php
/*
 * bench/seed_api.php: the seed's procedural queue, pure PHP (the baseline,
 * tests/seed/seed_queue_baseline.inc) against fileq's native
 * queue_address_push() / queue_address_pop(), on the same sequence of calls,
 * each on its own file, in one run. Several rounds; medians.
 *
 *   php -d extension=modules/fileq.so bench/seed_api.php [calls] [rounds] [dir]
 *
 * The baseline needs mbstring (mb_strlen): load it with -d extension=mbstring
 * when PHP was started with -n. Prints µs per call and the ratio, checks that
 * the two files end byte-identical, and exits 1 when they do not.
 *
 * With FILEQ_SEED_FLOOR naming a build of bench/seed_floor.c (bench/run makes
 * one), the same phases are also run as bare system calls from C, and two more
 * columns show that floor and baseline / floor: the best ratio this machine
 * allows any implementation that shares the file under flock().
 */
if (!function_exists('queue_address_push')) {
    fwrite(STDERR, "fileq is not loaded: php -d extension=modules/fileq.so bench/seed_api.php\n");
    exit(2);
}
if (!function_exists('mb_strlen')) {
    fwrite(STDERR, "the baseline needs mbstring: add -d extension=mbstring\n");
    exit(2);
}
require __DIR__ . '/../tests/seed/seed_queue_baseline.inc';

$calls = (int) ($argv[1] ?? 20000);     // pushes; as many pops
$rounds = (int) ($argv[2] ?? 5);
$frame_size = 95;                        // the seed's data frame size
$dir = $argv[3] ?? sys_get_temp_dir();
$files = ['baseline' => "$dir/fileq-bench-seed-baseline." . getmypid(), 'native' => "$dir/fileq-bench-seed-native." . getmypid()];

// ~95-byte frames, as the seed's handlers exchange them
mt_srand(95);
$frames = [];
for ($i = 0; $i < 256; $i++) {
    $frames[] = substr(json_encode(['id' => $i, 'task' => 'cron_event', 'data' => bin2hex(random_bytes(24))]), 0, mt_rand(80, $frame_size));
}

/*
 * One round, in phases (the same calls for both): the worker's boot frame,
 * $calls appends, $calls/4 reads at cursors, $calls/4 replacements at cursors,
 * $calls LIFO pops (the queue drains to the boot frame), then $calls mixed calls
 * (push, push, pop). Returns [phase => [seconds, calls]].
 */
function run_round(string $push, string $pop, string $file, array $frames, int $calls, int $frame_size): array
{
    $GLOBALS['cron_requests_events_settings'] = ['queue_file' => $file];
    file_put_contents($file, '');
    $push(str_pad('boot', 64), 4096, 0);
    $out = [];

    $t = hrtime(true);
    for ($i = 0; $i < $calls; $i++) {
        $push($frames[$i & 255], $frame_size);
    }
    $out['push (append)'] = [(hrtime(true) - $t) / 1e9, $calls];

    $n = intdiv($calls, 4);
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $pop($frame_size, 4096 + (($i * 7919) % $calls) * $frame_size);
    }
    $out['pop at cursor (read)'] = [(hrtime(true) - $t) / 1e9, $n];

    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $pop($frame_size, 4096 + (($i * 104729) % $calls) * $frame_size, $frames[($i * 3) & 255]);
    }
    $out['pop at cursor + replace'] = [(hrtime(true) - $t) / 1e9, $n];

    $t = hrtime(true);
    $k = 0;
    while ($pop($frame_size) !== '') {
        $k++;
    }
    $out['pop (LIFO, truncates)'] = [(hrtime(true) - $t) / 1e9, $k + 1];

    $t = hrtime(true);
    for ($i = 0; $i < $calls; $i++) {
        if ($i % 3 === 2) {
            $pop($frame_size);
        } else {
            $push($frames[$i & 255], $frame_size);
        }
    }
    $out['mixed (push, push, pop)'] = [(hrtime(true) - $t) / 1e9, $calls];
    return $out;
}

function median(array $v): float
{
    sort($v);
    $c = count($v);
    return $c % 2 ? $v[intdiv($c, 2)] : ($v[$c / 2 - 1] + $v[$c / 2]) / 2;
}

$impl = [
    'baseline' => ['seed_queue_address_push', 'seed_queue_address_pop'],
    'native' => ['queue_address_push', 'queue_address_pop'],
];
$times = [];
$counts = [];
$identical = true;
for ($r = 0; $r < $rounds; $r++) {
    foreach ($impl as $name => [$push, $pop]) {    // alternate, so load spikes hit both
        foreach (run_round($push, $pop, $files[$name], $frames, $calls, $frame_size) as $phase => [$sec, $n]) {
            $times[$phase][$name][] = $sec;
            $counts[$phase][$name] = $n;
        }
    }
    clearstatcache();
    $identical = $identical && file_get_contents($files['baseline']) === file_get_contents($files['native']);
}
// a state with frames left, reached through cursors, replacements and refusals, must match too
foreach ($impl as $name => [$push, $pop]) {
    $GLOBALS['cron_requests_events_settings'] = ['queue_file' => $files[$name]];
    file_put_contents($files[$name], '');
    for ($i = 0; $i < 2000; $i++) {
        $push($frames[$i & 255], $i % 50 === 0 ? 40 : $frame_size, $i % 7 === 0 ? ($i * 13) % 8000 : PHP_INT_MAX);
        if ($i % 3 === 0) {
            $pop($frame_size, $i % 5 === 0 ? ($i * 7) % 6000 : PHP_INT_MAX, $i % 10 === 0 ? 'replaced' : '');
        }
    }
}
clearstatcache();
$identical = $identical && file_get_contents($files['baseline']) === file_get_contents($files['native']);

// The floor: the same phases as bare system calls (bench/seed_floor.c), when built.
$floor = [];
$floor_bin = getenv('FILEQ_SEED_FLOOR');
if ($floor_bin !== false && is_executable($floor_bin)) {
    exec(escapeshellarg($floor_bin) . ' ' . (int) $calls . ' ' . (int) $rounds . ' ' . escapeshellarg($dir), $lines, $rc);
    foreach ($rc === 0 ? $lines : [] as $line) {
        [$phase, , $us] = explode("\t", $line);
        $floor[$phase] = (float) $us;
    }
}

printf("seed API, %d-byte frames, %d rounds (median), files in %s\n", $frame_size, $rounds, $dir);
printf("%-26s %8s %12s %12s %8s", 'phase', 'calls', 'baseline µs', 'native µs', 'ratio');
echo $floor ? sprintf(" %12s %9s\n", 'floor µs', 'best') : "\n";
$total = ['baseline' => 0.0, 'native' => 0.0, 'floor' => 0.0];
$total_calls = 0;
$row = function (string $phase, int $n, float $b, float $x, ?float $f): void {
    printf("%-26s %8d %12.3f %12.3f %7.2fx", $phase, $n, $b, $x, $b / $x);
    echo $f !== null ? sprintf(" %12.3f %8.2fx\n", $f, $b / $f) : "\n";
};
foreach ($times as $phase => $by) {
    $n = $counts[$phase]['native'];
    $b = median($by['baseline']) / $n * 1e6;
    $x = median($by['native']) / $n * 1e6;
    $f = $floor[$phase] ?? null;
    $total['baseline'] += $b * $n;
    $total['native'] += $x * $n;
    $total['floor'] += ($f ?? 0.0) * $n;
    $total_calls += $n;
    $row($phase, $n, $b, $x, $f);
}
$row('all calls', $total_calls, $total['baseline'] / $total_calls, $total['native'] / $total_calls,
    count($floor) === count($times) ? $total['floor'] / $total_calls : null);
printf("files identical: %s\n", $identical ? 'yes' : 'NO');
foreach ($files as $f) {
    @unlink($f);
}
exit($identical ? 0 : 1);
