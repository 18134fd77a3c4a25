<?php
/*
 * bench/seed_api.php: the seed's procedural queue, pure PHP (the baseline,
 * tests/seed/seed_queue_baseline.inc) against fileq's native
 * queue_address_push() / queue_address_pop(), on the same sequence of calls,
 * each on its own file, in one run. Several rounds; medians.
 *
 *   php -d extension=modules/fileq.so bench/seed_api.php [calls] [rounds]
 *
 * The baseline needs mbstring (mb_strlen): load it with -d extension=mbstring
 * when PHP was started with -n. Prints µs per call and the ratio, checks that
 * the two files end byte-identical, and exits 1 when they do not.
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
$dir = sys_get_temp_dir();
$files = ['baseline' => "$dir/fileq-bench-seed-baseline." . getmypid(), 'native' => "$dir/fileq-bench-seed-native." . getmypid()];

// ~95-byte frames, as the seed's handlers exchange them
mt_srand(95);
$frames = [];
for ($i = 0; $i < 256; $i++) {
    $frames[] = substr(json_encode(['id' => $i, 'task' => 'cron_event', 'data' => bin2hex(random_bytes(24))]), 0, mt_rand(80, $frame_size));
}

/*
 * One round: a boot frame, then $calls pushes with a pop after every second
 * push (the queue grows), then pops until it is empty; every 100th call goes
 * at a cursor (a read of the boot frame). Returns [seconds, number of calls].
 */
function run_round(string $push, string $pop, string $file, array $frames, int $calls, int $frame_size): array
{
    $GLOBALS['cron_requests_events_settings'] = ['queue_file' => $file];
    file_put_contents($file, '');
    $n = 0;
    $t = hrtime(true);
    $push(str_pad('boot', 64), 4096, 0);
    $n++;
    for ($i = 0; $i < $calls; $i++) {
        $push($frames[$i & 255], $frame_size);
        $n++;
        if ($i & 1) {
            $pop($frame_size);
            $n++;
        }
        if ($i % 100 === 0) {
            $pop(64, 0);
            $n++;
        }
    }
    while ($pop($frame_size) !== '') {
        $n++;
    }
    $n++;
    return [(hrtime(true) - $t) / 1e9, $n];
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
$times = ['baseline' => [], 'native' => []];
$count = [];
$identical = true;
for ($r = 0; $r < $rounds; $r++) {
    foreach ($impl as $name => [$push, $pop]) {    // alternate, so load spikes hit both
        [$sec, $n] = run_round($push, $pop, $files[$name], $frames, $calls, $frame_size);
        $times[$name][] = $sec;
        $count[$name] = $n;
    }
    clearstatcache();
    $identical = $identical && $count['baseline'] === $count['native']
        && file_get_contents($files['baseline']) === file_get_contents($files['native']);
}
// the final state of a round is the boot frame alone; compare a mid-run state too
foreach ($impl as $name => [$push, $pop]) {
    $GLOBALS['cron_requests_events_settings'] = ['queue_file' => $files[$name]];
    file_put_contents($files[$name], '');
    for ($i = 0; $i < 1000; $i++) {
        $push($frames[$i & 255], $frame_size, $i % 7 === 0 ? ($i * 13) % 4000 : PHP_INT_MAX);
        if ($i % 3 === 0) {
            $pop($frame_size, $i % 5 === 0 ? ($i * 7) % 3000 : PHP_INT_MAX, $i % 10 === 0 ? 'replaced' : '');
        }
    }
}
clearstatcache();
$identical = $identical && file_get_contents($files['baseline']) === file_get_contents($files['native']);

printf("seed API: %d pushes + %d pops of %d-byte frames (+ cursor reads), %d rounds, median\n",
    $calls, $count['native'] - $calls - 1, $frame_size, $rounds);
printf("%-10s %10s %12s %8s\n", 'impl', 'calls', 'µs/call', 'ratio');
$per = [];
foreach (['baseline', 'native'] as $name) {
    $per[$name] = median($times[$name]) / $count[$name] * 1e6;
}
foreach (['baseline', 'native'] as $name) {
    printf("%-10s %10d %12.3f %7.2fx\n", $name, $count[$name], $per[$name], $per['baseline'] / $per[$name]);
}
printf("files identical: %s\n", $identical ? 'yes' : 'NO');
foreach ($files as $f) {
    @unlink($f);
}
exit($identical ? 0 : 1);
