<?php
/*
 * kill -9 storm: pushers and poppers work on one queue while the supervisor
 * SIGKILLs a random one every few milliseconds and starts a fresh process in
 * its place. Pushers log each id once push() has returned (acknowledged),
 * poppers each id they got, one O_APPEND line each. At the end the queue is
 * drained and the logs compared:
 *   lost        acknowledged, never delivered nor left queued   <= popper kills
 *   duplicated  delivered more than once                        <= popper kills
 *   torn        a payload whose own checksum fails               == 0
 *   phantom     delivered but never pushed (or not the in-flight
 *               push of a killed pusher)                         == 0
 *   open errors the queue failed to open in a fresh process     == 0
 *   boot counter (framed) pushers also increment a counter in the boot
 *               state with updateBoot(): acknowledged <= counter <=
 *               acknowledged + pusher kills
 *
 * --jobs: a job queue (Queue::JOBS); the poppers reserve(), log the id, then
 * ack(): lost must be 0 (a job whose holder died is handed out again), and a
 * job is delivered twice only when its first holder was killed between
 * reserve and ack. With --stop the supervisor also SIGSTOPs a popper for a
 * while (longer than --visibility, seconds) and lets it go on: its job is
 * handed out again by visibility, and its late ack() is refused.
 *
 * php -n -d extension_dir=modules -d extension=fileq tests/stress/killstorm.php
 *     [--kills=300] [--seconds=60] [--raw] [--pushers=3] [--poppers=3]
 *     [--interval=2-15] (ms between kills) [--frame=128] [--dir=/tmp/...]
 *     [--jobs [--visibility=0.05] [--stop]]
 */
declare(strict_types=1);
require __DIR__ . '/lib.php';

use FileQ\Queue;

stress_need_fileq();
stress_need_posix();
ini_set('memory_limit', '-1');   // the books hold every id: a long storm acknowledges millions

$o = stress_args(['kills' => '300', 'seconds' => '60', 'raw' => false, 'pushers' => '3', 'poppers' => '3',
    'interval' => '2-15', 'frame' => '128', 'dir' => '', 'keep' => false, 'jobs' => false, 'visibility' => '',
    'stop' => false]);
$wantKills = (int) $o['kills'];
$seconds = (float) $o['seconds'];
$raw = (bool) $o['raw'];
$jobs = (bool) $o['jobs'];
$flags = $raw ? Queue::RAW : ($jobs ? Queue::JOBS : 0);
$visibility = $o['visibility'] !== '' ? (float) $o['visibility'] : null;
$stops = (bool) $o['stop'];
if ($stops && $visibility === null) {
    $visibility = 0.05;
}
$frame = (int) $o['frame'];
[$ivLo, $ivHi] = array_map('intval', explode('-', $o['interval'] . '-' . $o['interval']));
$dir = $o['dir'] !== '' ? $o['dir'] : sys_get_temp_dir() . '/fileq-killstorm-' . getmypid();
stress_rmdir($dir);
mkdir($dir, 0700, true);
$path = "$dir/queue";
$stop = "$dir/stop";

/* ---- workers --------------------------------------------------------- */

function worker_open(string $dir, string $path, int $frame, int $flags, string $name): Queue
{
    try {
        return new Queue($path, $frame, $flags);
    } catch (\Throwable $e) {
        file_put_contents("$dir/openfail-$name", get_class($e) . ': ' . $e->getMessage() . "\n");
        exit(3);
    }
}

function pusher(string $dir, string $path, int $frame, int $flags, string $name, string $stop): void
{
    $q = worker_open($dir, $path, $frame, $flags, $name);
    $log = fopen("$dir/push-$name.log", 'a');   // O_APPEND; plain files are not buffered
    $room = $q->getMaxPayload() - 40;
    for ($n = 0; ; $n++) {
        if (($n & 15) === 0 && file_exists($stop)) {
            exit(0);
        }
        $id = "$name.$n";
        $q->push(stress_payload($id, mt_rand(0, max(0, $room - strlen($id)))));
        fwrite($log, "$id\n");
        if (!($flags & Queue::RAW) && ($n & 15) === 5) {
            // A shared counter in the boot state: an acknowledged increment is never lost.
            $q->updateBoot(fn(array $b) => ['counter' => ($b['counter'] ?? 0) + 1]);
            fwrite($log, "+boot\n");
        }
        if (($n & 7) === 0) {
            usleep(mt_rand(0, 300));  // let the poppers keep up, roughly
        }
    }
}

function popper(string $dir, string $path, int $frame, int $flags, string $name, string $stop, bool $raw): void
{
    $q = worker_open($dir, $path, $frame, $flags, $name);
    $log = fopen("$dir/pop-$name.log", 'a');
    for ($n = 0; ; $n++) {
        if (($n & 15) === 0 && file_exists($stop)) {
            exit(0);
        }
        if ($flags & Queue::JOBS) {
            $job = $q->reserve(0.02, $GLOBALS['visibility']);
            if ($job === null) {
                continue;
            }
            $id = stress_check($job->data);
            fwrite($log, ($id ?? 'TORN:' . bin2hex(substr($job->data, 0, 64))) . "\n");
            try {
                $q->ack($job);
            } catch (FileQ\Exception $e) {
                fwrite($log, "LATE:$id\n");  // stopped past its visibility: handed out again meanwhile
            }
            continue;
        }
        $got = ($raw || mt_rand(0, 1) === 0) ? $q->pop() : $q->shift();
        if ($got === null) {
            $q->wait(0.02);
            continue;
        }
        $id = stress_check($got);
        fwrite($log, ($id ?? 'TORN:' . bin2hex(substr($got, 0, 64))) . "\n");
    }
}

/* ---- supervisor ------------------------------------------------------ */

$slots = [];
foreach (range(0, (int) $o['pushers'] - 1) as $i) {
    $slots[] = ['role' => 'push', 'slot' => "u$i", 'gen' => 0, 'pid' => 0, 'kills' => 0];
}
foreach (range(0, (int) $o['poppers'] - 1) as $i) {
    $slots[] = ['role' => 'pop', 'slot' => "o$i", 'gen' => 0, 'pid' => 0, 'kills' => 0];
}
$killed = [];        // "name" => role, for every process that died by SIGKILL
$badExits = [];

function spawn(array &$s, string $dir, string $path, int $frame, int $flags, string $stop, bool $raw): void
{
    $name = $s['slot'] . 'g' . $s['gen'];
    $pid = pcntl_fork();
    if ($pid < 0) {
        fwrite(STDERR, "fork failed\n");
        exit(2);
    }
    if ($pid === 0) {
        mt_srand(getmypid() ^ (int) hrtime(true));
        try {
            $s['role'] === 'push'
                ? pusher($dir, $path, $frame, $flags, $name, $stop)
                : popper($dir, $path, $frame, $flags, $name, $stop, $raw);
        } catch (\Throwable $e) {
            file_put_contents("$dir/error-$name", get_class($e) . ': ' . $e->getMessage() . "\n");
            exit(4);
        }
        exit(0);
    }
    $s['pid'] = $pid;
}

// The file is created once before the storm; every worker and every check after a kill reopens it.
new Queue($path, $frame, $flags);

foreach ($slots as &$s) {
    spawn($s, $dir, $path, $frame, $flags, $stop, $raw);
}
unset($s);

$t0 = stress_ms();
$kills = 0;
$opens = 0;
$openErrors = [];
$pushKills = 0;
$popKills = 0;
$stopped = 0;
while ($kills < $wantKills && stress_ms() - $t0 < $seconds * 1000) {
    usleep(1000 * mt_rand($ivLo, $ivHi));
    $i = array_rand($slots);
    $s = &$slots[$i];
    if ($stops && $s['role'] === 'pop' && mt_rand(0, 2) === 0) {
        // Stopped past its visibility, then let go on: the job it held was handed out again meanwhile.
        posix_kill($s['pid'], SIGSTOP);
        usleep((int) (1e6 * $visibility) + 1000 * mt_rand(20, 60));
        posix_kill($s['pid'], SIGCONT);
        $stopped++;
        unset($s);
        continue;
    }
    posix_kill($s['pid'], SIGKILL);
    pcntl_waitpid($s['pid'], $status);
    $name = $s['slot'] . 'g' . $s['gen'];
    if (pcntl_wifsignaled($status) && pcntl_wtermsig($status) === SIGKILL) {
        $kills++;
        $killed[$name] = $s['role'];
        $s['role'] === 'push' ? $pushKills++ : $popKills++;
    } else {
        $badExits[] = "$name exited with status " . pcntl_wexitstatus($status);
    }
    // The file opens every time, and the state it shows is coherent.
    try {
        $q = new Queue($path, $frame, $flags);
        $q->count();
        unset($q);
        $opens++;
    } catch (\Throwable $e) {
        $openErrors[] = get_class($e) . ': ' . $e->getMessage();
    }
    $s['gen']++;
    spawn($s, $dir, $path, $frame, $flags, $stop, $raw);
    unset($s);
}
$stormMs = stress_ms() - $t0;

// Stop gracefully; a worker that does not stop within 20 s is killed (and counted).
touch($stop);
$deadline = stress_ms() + 20000;
foreach ($slots as &$s) {
    while (pcntl_waitpid($s['pid'], $status, WNOHANG) === 0) {
        if (stress_ms() > $deadline) {
            posix_kill($s['pid'], SIGKILL);
        }
        usleep(2000);
    }
    $name = $s['slot'] . 'g' . $s['gen'];
    if (pcntl_wifsignaled($status)) {
        $kills++;
        $killed[$name] = $s['role'];
        $s['role'] === 'push' ? $pushKills++ : $popKills++;
    } elseif (pcntl_wexitstatus($status) !== 0) {
        $badExits[] = "$name exited with status " . pcntl_wexitstatus($status);
    }
}
unset($s);

/* ---- the books ------------------------------------------------------- */

$acked = [];       // id => true
$bootAcked = 0;    // acknowledged boot counter increments
$lastAck = [];     // process name => last acknowledged n
foreach (glob("$dir/push-*.log") as $f) {
    $name = substr(basename($f, '.log'), 5);
    foreach (stress_log_lines($f) as $id) {
        if ($id === '+boot') {
            $bootAcked++;
            continue;
        }
        $acked[$id] = true;
        $lastAck[$name] = (int) substr($id, strrpos($id, '.') + 1);
    }
}
$delivered = [];   // id => times
$torn = 0;
$tornSamples = [];
$take = function (string $line) use (&$delivered, &$torn, &$tornSamples): void {
    if (str_starts_with($line, 'TORN:')) {
        $torn++;
        $tornSamples[] = $line;
        return;
    }
    $delivered[$line] = ($delivered[$line] ?? 0) + 1;
};
$poppedByWorkers = 0;
$late = 0;
$deliverers = [];  // id => [process name => true] (job queues: who had each job)
$excused = [];     // id => [process name => true]: killed holding it, or its ack came late
foreach (glob("$dir/pop-*.log") as $f) {
    $name = substr(basename($f, '.log'), 4);
    foreach (stress_log_lines($f) as $line) {
        if (str_starts_with($line, 'LATE:')) {
            $late++;
            $excused[substr($line, 5)][$name] = true;
            continue;
        }
        $deliverers[$line][$name] = true;
        $take($line);
        $poppedByWorkers++;
    }
}
// Drain: what is still queued counts as kept.
$remaining = 0;
try {
    $q = new Queue($path, $frame, $flags);
    $opens++;
    // A job queue's drain takes the jobs whose holders were killed too (shift() hands them out again).
    while (($got = $jobs ? $q->shift() : $q->pop()) !== null) {
        $remaining++;
        $id = stress_check($got);
        $take($id ?? 'TORN:' . bin2hex(substr($got, 0, 64)));
    }
    $dropped = $raw ? 0 : $q->stats()['dropped'];
    $bootCounter = $raw ? 0 : ($q->boot()['counter'] ?? 0);
} catch (\Throwable $e) {
    $openErrors[] = 'drain: ' . get_class($e) . ': ' . $e->getMessage();
    $dropped = -1;
    $bootCounter = -1;
}

$lost = 0;
$lostSamples = [];
foreach ($acked as $id => $_) {
    if (!isset($delivered[$id])) {
        $lost++;
        $lostSamples[] = $id;
    }
}
$duplicated = 0;
$unexcused = [];   // job queues: delivered twice although no holder before the last died or lost it
if ($jobs) {
    foreach ($delivered as $id => $times) {
        if ($times < 2) {
            continue;
        }
        $free = 0;
        foreach ($deliverers[$id] ?? [] as $name => $_) {
            if (!isset($killed[$name]) && !isset($excused[$id][$name])) {
                $free++;
            }
        }
        if ($free > 1 || $times - count($deliverers[$id] ?? []) > 1) {
            $unexcused[] = $id;
        }
    }
}
$phantom = 0;
$inflightPushes = 0;
$phantomSamples = [];
foreach ($delivered as $id => $times) {
    $duplicated += $times - 1;
    if (isset($acked[$id])) {
        continue;
    }
    // Not acknowledged: only the one push a killed pusher had in flight may show up.
    $dot = strrpos($id, '.');
    $name = $dot === false ? '' : substr($id, 0, $dot);
    $n = $dot === false ? -1 : (int) substr($id, $dot + 1);
    if (($killed[$name] ?? '') === 'push' && $n === ($lastAck[$name] ?? -1) + 1) {
        $inflightPushes++;
    } else {
        $phantom++;
        $phantomSamples[] = $id;
    }
}

$format = $raw ? 'RAW' : ($jobs ? 'jobs, reserve/ack' . ($visibility !== null ? ", visibility $visibility s" : '') : 'framed');
printf("killstorm (%s, frame %d, %d pushers + %d poppers): %.1f s\n", $format, $frame,
    (int) $o['pushers'], (int) $o['poppers'], $stormMs / 1000);
printf("  kills %d (pushers %d, poppers %d), reopened %d times, open errors %d, bad exits %d\n",
    $kills, $pushKills, $popKills, $opens, count($openErrors) + count(glob("$dir/openfail-*")), count($badExits));
printf("  acknowledged %d, delivered %d (popped by workers %d, left queued %d), in-flight pushes delivered %d\n",
    count($acked), array_sum($delivered), $poppedByWorkers, $remaining, $inflightPushes);
$dupBound = $popKills + $late;
if ($jobs) {
    printf("  jobs delivered twice with no earlier holder killed or stopped past its visibility: %d\n", count($unexcused));
}
printf("  lost %d, duplicated %d (bound: %d popper kills%s), torn %d, phantom %d, dropped by checksum %d\n",
    $lost, $duplicated, $popKills, $stops ? " + $late late acks of $stopped stopped poppers" : '', $torn, $phantom, $dropped);

if (!$raw) {
    printf("  boot counter %d for %d acknowledged increments (bound: + %d pusher kills)\n", $bootCounter, $bootAcked, $pushKills);
}

$fail = [];
if (!$raw && ($bootCounter < $bootAcked || $bootCounter > $bootAcked + $pushKills)) {
    $fail[] = "boot counter $bootCounter outside [$bootAcked, " . ($bootAcked + $pushKills) . ']';
}
if ($kills < $wantKills) {
    $fail[] = "only $kills kills of the $wantKills asked for within {$seconds} s";
}
if ($unexcused) {
    $fail[] = count($unexcused) . " jobs delivered twice with no holder killed or late: " . implode(' ', array_slice($unexcused, 0, 10));
}
if ($jobs && $lost > 0) {
    $fail[] = "lost $lost jobs (reserve/ack loses none): " . implode(' ', array_slice($lostSamples, 0, 10));
}
if ($stops && $late === 0) {
    $fail[] = "$stopped poppers stopped past their visibility, but no late ack was refused";
}
if ($lost > $popKills) {
    $fail[] = "lost $lost > $popKills: " . implode(' ', array_slice($lostSamples, 0, 10));
}
if ($duplicated > $dupBound) {
    $fail[] = "duplicated $duplicated > $dupBound";
}
if ($torn > 0) {
    $fail[] = "torn payloads: " . implode(' ', array_slice($tornSamples, 0, 3));
}
if ($phantom > 0) {
    $fail[] = "phantom ids: " . implode(' ', array_slice($phantomSamples, 0, 10));
}
if ($inflightPushes > $pushKills) {
    $fail[] = "in-flight pushes $inflightPushes > pusher kills $pushKills";
}
foreach (glob("$dir/openfail-*") as $f) {
    $openErrors[] = basename($f) . ': ' . trim(file_get_contents($f));
}
foreach (glob("$dir/error-*") as $f) {
    $badExits[] = basename($f) . ': ' . trim(file_get_contents($f));
}
if ($openErrors) {
    $fail[] = 'open errors: ' . implode('; ', array_slice($openErrors, 0, 5));
}
if ($badExits) {
    $fail[] = 'workers failed: ' . implode('; ', array_slice($badExits, 0, 5));
}
if (count($acked) === 0 || $poppedByWorkers === 0) {
    $fail[] = 'no work was done (nothing acknowledged or popped)';
}
if (!$o['keep']) {
    stress_rmdir($dir);
}
if ($fail) {
    echo "killstorm: FAIL\n  - " . implode("\n  - ", $fail) . "\n";
    exit(1);
}
echo "killstorm: OK\n";
