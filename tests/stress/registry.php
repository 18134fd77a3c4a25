<?php
/*
 * The registry of a whole pool: --procs processes, forked in waves of --wave,
 * each register()s in role 'workers' and stays alive; then members() must
 * name exactly them, with the boot state grown past the header into a region.
 * Then they exit, and members() must return none, with the boot state and the
 * file back to the header's size.
 *
 * A registered child replaces itself with /bin/sleep (pcntl_exec): the pid
 * and the process start time, which name a member, stay the same, and 10,000
 * sleeping PHP processes would hold about 3.4 MB each (34 GB); a sleep holds
 * a few hundred KB.
 *
 *   php tests/stress/registry.php [--procs=10000] [--wave=250] [--dir=/tmp]
 * Exits 0 when every check holds, 1 otherwise.
 */
$opt = getopt('', ['procs::', 'wave::', 'dir::']);
$procs = (int) ($opt['procs'] ?? 10000);
$wave = (int) ($opt['wave'] ?? 250);
$dir = $opt['dir'] ?? sys_get_temp_dir();
$path = tempnam($dir, 'fileq-registry-');
unlink($path);
$sleep = is_executable('/bin/sleep') ? '/bin/sleep' : '/usr/bin/sleep';
$failures = 0;

function check(bool $ok, string $what): void
{
    global $failures;
    echo ($ok ? 'ok   ' : 'FAIL '), $what, "\n";
    $failures += $ok ? 0 : 1;
}

$q = new FileQ\Queue($path, 128);
$t0 = hrtime(true);
$children = [];
for ($started = 0; $started < $procs; ) {
    $n = min($wave, $procs - $started);
    // A child says it registered by one byte on this socket, then becomes a sleep.
    [$mine, $theirs] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    for ($i = 0; $i < $n; $i++) {
        $pid = pcntl_fork();
        if ($pid === -1) {
            fwrite(STDERR, "fork failed after $started children\n");
            break 2;
        }
        if ($pid === 0) {
            fclose($mine);
            $ok = '0';
            try {
                (new FileQ\Queue($path))->register('workers');
                $ok = '1';
            } catch (Throwable $e) {
                fwrite(STDERR, get_class($e) . ': ' . $e->getMessage() . "\n");
            }
            fwrite($theirs, $ok);
            fclose($theirs);
            if ($ok === '1') {
                pcntl_exec($sleep, ['3600']);
            }
            exit(1);
        }
        $children[$pid] = true;
        $started++;
    }
    fclose($theirs);
    $got = stream_get_contents($mine);
    fclose($mine);
    if ($got !== str_repeat('1', $n)) {
        check(false, sprintf('wave at %d: %d of %d children registered', $started, substr_count($got, '1'), $n));
        break;
    }
}
$registered = (hrtime(true) - $t0) / 1e9;

$t = hrtime(true);
$members = $q->members('workers');
$membersTime = (hrtime(true) - $t) / 1e6;
$stats = $q->stats();
$peakBoot = $stats['bootSize'];
clearstatcache();
$grownSize = filesize($path);
$keys = array_keys($members);
sort($keys);
$want = array_keys($children);
sort($want);
check(count($members) === $procs, sprintf('members() while alive: %d of %d', count($members), $procs));
check($keys === $want, 'members() names exactly the live children');
check($stats['bootSize'] > 1792, sprintf('boot state grew past the header: %d bytes, file %d bytes', $stats['bootSize'], $grownSize));

// One child gone: members() leaves it out.
$gone = array_key_first($children);
posix_kill($gone, SIGKILL);
pcntl_waitpid($gone, $status);
unset($children[$gone]);
$members = $q->members('workers');
check(count($members) === $procs - 1 && !isset($members[$gone]), 'members() after one child was killed: ' . count($members));

foreach (array_keys($children) as $pid) {
    posix_kill($pid, SIGTERM);
}
foreach (array_keys($children) as $pid) {
    pcntl_waitpid($pid, $status);
}
$members = $q->members('workers');
$stats = $q->stats();
clearstatcache();
check($members === [], 'members() after all exited: ' . count($members));
check($stats['bootSize'] <= 1792 && filesize($path) === 4096,
    sprintf('boot state shrank back: %d bytes, file %d bytes', $stats['bootSize'], filesize($path)));
printf("registry: %d processes in waves of %d registered in %.1f s (%.0f per second); members() of %d took %.1f ms; boot state %d bytes, file %d bytes at the peak\n",
    $procs, $wave, $registered, $procs / max($registered, 1e-9), $procs, $membersTime, $peakBoot, $grownSize);
unlink($path);
exit($failures === 0 ? 0 : 1);
