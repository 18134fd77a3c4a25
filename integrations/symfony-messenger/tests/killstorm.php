<?php
/*
 * The kill storm of issue 17, through Messenger's Worker: 2 sender processes
 * send --messages messages between them to a fileq transport while 3 worker
 * processes (tests/Fixtures/worker.php: Worker + a handler that logs "n pid")
 * consume it, and a supervisor SIGKILLs a random worker every 10-50 ms and
 * starts another in its place, --kills times. Then the workers drain the
 * queue. Every message sent must have been handled at least once (handled
 * twice: the message a worker was killed holding, handed out again).
 *   php -d extension=.../fileq.so tests/killstorm.php [--messages=2000] [--kills=200]
 * FILEQ_EXT: the fileq.so the child processes load (else the PHP's own).
 */
declare(strict_types=1);

$opt = ['messages' => 2000, 'kills' => 200, 'dir' => ''];
foreach (array_slice($argv, 1) as $a) {
    if (!preg_match('/^--(messages|kills|dir)=(.+)$/', $a, $m)) {
        fwrite(STDERR, "usage: killstorm.php [--messages=N] [--kills=N] [--dir=DIR]\n");
        exit(2);
    }
    $opt[$m[1]] = $m[2];
}
$total = (int) $opt['messages'];
$kills = (int) $opt['kills'];
$dir = $opt['dir'] !== '' ? $opt['dir'] : sys_get_temp_dir() . '/fileq-messenger-storm-' . getmypid();
@mkdir($dir, 0700, true);
$queue = "$dir/storm.q";
$log = "$dir/handled.log";
@unlink($queue);
@unlink($log);
$dsn = "fileq://$queue";
$php = [PHP_BINARY];
if (($ext = getenv('FILEQ_EXT')) !== false) {
    $php[] = '-d';
    $php[] = "extension=$ext";
}
$fixtures = __DIR__ . '/Fixtures';

$start = function (string $script, array $args) use ($php, $fixtures) {
    $p = proc_open([...$php, "$fixtures/$script", ...$args], [0 => ['file', '/dev/null', 'r'], 1 => STDOUT, 2 => STDERR], $pipes);
    if (!is_resource($p)) {
        fwrite(STDERR, "cannot start $script\n");
        exit(1);
    }
    return $p;
};
$pidOf = fn($p) => proc_get_status($p)['pid'];

// The queue exists before anyone races to make it.
require $_SERVER['FILEQ_MESSENGER_AUTOLOAD'] ?? __DIR__ . '/../vendor/autoload.php';
(new FileQ\Messenger\FileQTransportFactory())->createTransport($dsn, [], new Symfony\Component\Messenger\Transport\Serialization\PhpSerializer())->setup();

$t0 = microtime(true);
$half = intdiv($total, 2);
$senders = [$start('sender.php', [$dsn, '0', (string) $half]), $start('sender.php', [$dsn, (string) $half, (string) $total])];
$workers = [];
for ($i = 0; $i < 3; $i++) {
    $workers[$i] = $start('worker.php', [$dsn, $log, '0', 'slow']);
}

mt_srand(1717);
$done = 0;
$killedHolding = 0;
while ($done < $kills) {
    usleep(mt_rand(10000, 50000));
    $i = mt_rand(0, 2);
    FileQ\Process::kill($pidOf($workers[$i]), 9);
    proc_close($workers[$i]);
    $done++;
    $workers[$i] = $start('worker.php', [$dsn, $log, '0', 'slow']);
}
$stormSeconds = microtime(true) - $t0;
foreach ($senders as $s) {
    if (proc_close($s) !== 0) {
        fwrite(STDERR, "a sender failed\n");
    }
}

// Drain: the workers go on until every message was handled, or 120 s pass.
$handled = [];
$lines = 0;
$deadline = microtime(true) + 120;
do {
    usleep(50000);
    $handled = [];
    $lines = 0;
    foreach (file($log, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        if (preg_match('/^(\d+) \d+$/', $line, $m)) {
            $handled[(int) $m[1]] = ($handled[(int) $m[1]] ?? 0) + 1;
            $lines++;
        }
    }
} while (count($handled) < $total && microtime(true) < $deadline);
foreach ($workers as $w) {
    FileQ\Process::kill($pidOf($w), 9);
    proc_close($w);
}
$q = new FileQ\Queue($queue);
$stats = $q->jobStats();
$lost = $total - count(array_intersect_key($handled, array_flip(range(0, $total - 1))));
$twice = count(array_filter($handled, fn($c) => $c > 1));
printf("messenger kill storm: %d messages from 2 senders, 3 workers through Worker, %d SIGKILLs in %.1f s; handled %d (%d handled more than once), lost %d; %.1f s in all; queue left: waiting %d, held %d, dead letters %d\n",
    $total, $done, $stormSeconds, count($handled), $twice, $lost, microtime(true) - $t0, $stats['waiting'], $stats['held'] + $stats['orphaned'], $stats['deadLetters']);
unset($q);
@unlink($queue);
@unlink($log);
@rmdir($dir);
exit($lost === 0 && $done === $kills ? 0 : 1);
