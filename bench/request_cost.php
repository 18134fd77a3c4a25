<?php
/*
 * bench/request_cost.php: what a whole PHP-FPM request and a whole short CLI
 * process pay for one queue_address_push() + one queue_address_pop(), start-up
 * and shutdown included: fileq's native functions against the pure-PHP
 * baseline (tests/seed/seed_queue_baseline.inc). Per call the native functions
 * are faster; this shows whether a request that makes only two calls gains.
 *
 *   php -n bench/request_cost.php [requests] [processes] [rounds] [dir]
 *
 * FPM: two php-fpm masters on 127.0.0.1, each with its own configuration and
 * no system php.ini; both load opcache and mbstring, A loads fileq and serves
 * bench/request/native.php, B serves bench/request/baseline.php. Each has a
 * pool of 4 children and one of 1 child; A has both again with FILEQ_WATCH=0.
 * A sequential FastCGI client (below) times every request from connect() to
 * the end-of-request record. FPM sends that record after the request's
 * shutdown (extensions' RSHUTDOWN, resources freed); whatever a worker does
 * after it delays the next request only when no other child is free, hence
 * the 1-child pool.
 * CLI: `php -n -d extension=mbstring [-d extension=fileq.so] script`, and
 * `php [-d extension=fileq.so] script` with the machine's php.ini (when it
 * loads mbstring and not fileq), each timed from spawn to exit.
 *
 * Every pool is timed in [rounds] rounds of [requests] requests, the order
 * alternating between rounds; the CLI cases run [rounds] x [processes]
 * processes each, one of each case in turn. The table shows the median of
 * all of them. Queue files are in [dir]
 * (default /dev/shm), created empty.
 *
 * FILEQ_SO names the fileq build (default modules/fileq.so), FILEQ_FPM the
 * php-fpm binary (default /usr/sbin/php-fpm8.2, installed with apt-get when
 * missing). Exits 1, printing the logs, when a server does not start, a
 * response or a process's output is not the expected one, or something was
 * logged other than FPM's notices.
 */

const DEFAULT_FPM = '/usr/sbin/php-fpm8.2';

$requests = max(1, (int) ($argv[1] ?? 300));
$processes = max(1, (int) ($argv[2] ?? 200));
$rounds = max(1, (int) ($argv[3] ?? 5));
$where = $argv[4] ?? (is_dir('/dev/shm') && is_writable('/dev/shm') ? '/dev/shm' : sys_get_temp_dir());
$so = realpath(getenv('FILEQ_SO') ?: dirname(__DIR__) . '/modules/fileq.so');
$fpm = getenv('FILEQ_FPM') ?: DEFAULT_FPM;
$scripts = [
    'native' => __DIR__ . '/request/native.php',
    'baseline' => __DIR__ . '/request/baseline.php',
    'probe' => __DIR__ . '/request/probe.php',
];

function fail(string $msg): never
{
    fwrite(STDERR, "request bench: $msg\n");
    exit(1);
}

if ($so === false) {
    fail('no fileq build: run make, or set FILEQ_SO to a fileq.so');
}

/* ---- clean-up, whatever happens: masters stopped, temporary files removed -------------- */

$tmp = $where . '/fileq-request-' . getmypid();
if (!@mkdir($tmp, 0700)) {
    fail("cannot create $tmp");
}
$masters = [];
register_shutdown_function(function () use (&$masters, $tmp) {
    foreach ($masters as $m) {
        stop_master($m);
    }
    foreach (glob("$tmp/*") as $f) {
        @unlink($f);
    }
    @rmdir($tmp);
});
// Ctrl-C or kill: exit() runs the shutdown function above (pcntl is built into Debian's CLI)
if (function_exists('pcntl_async_signals')) {
    pcntl_async_signals(true);
    foreach ([SIGINT, SIGTERM, SIGHUP] as $sig) {
        pcntl_signal($sig, function (int $sig) {
            fwrite(STDERR, "request bench: signal $sig, stopping\n");
            exit(128 + $sig);
        });
    }
}

/* ---- php-fpm ---------------------------------------------------------------------------- */

function ensure_fpm(string $fpm): void
{
    if (is_executable($fpm)) {
        return;
    }
    $root = preg_match('/^Uid:\s+0\s/m', (string) @file_get_contents('/proc/self/status'));
    if ($fpm !== DEFAULT_FPM || !$root || !is_executable('/usr/bin/apt-get')) {
        fail("$fpm not found: install php8.2-fpm (or set FILEQ_FPM)");
    }
    $install = 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php8.2-fpm';
    exec("$install >/dev/null 2>&1 || { apt-get update -qq && $install; } 2>&1", $out, $rc);
    if ($rc !== 0 || !is_executable($fpm)) {
        fail("apt-get could not install php8.2-fpm:\n" . implode("\n", $out));
    }
}

/* Ports free now (held open together, so distinct); FPM binds them a moment later. */
function free_ports(int $n): array
{
    $socks = $ports = [];
    for ($i = 0; $i < $n; $i++) {
        $s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        if ($s === false) {
            fail("no free port on 127.0.0.1: $errstr");
        }
        $socks[] = $s;
        $ports[] = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
    }
    array_map('fclose', $socks);
    return $ports;
}

/*
 * Starts a php-fpm master in the foreground with its own configuration and
 * `-n` (no php.ini, no conf.d): only the ini given here. $pools: name =>
 * [children, extra pool lines]. Returns the master, with each pool's port.
 */
function start_master(string $fpm, string $name, array $pools, array $ini, string $tmp): array
{
    $ports = free_ports(count($pools));
    $conf = "[global]\npid = $tmp/$name.pid\nerror_log = $tmp/$name-fpm.log\nlog_level = notice\n"
        . "daemonize = no\nprocess_control_timeout = 10s\n";
    $m = ['name' => $name, 'log' => "$tmp/$name-fpm.log", 'out' => "$tmp/$name-stderr.log", 'pools' => [], 'phplogs' => []];
    foreach ($pools as $pool => [$children, $extra]) {
        $port = array_shift($ports);
        // catch_workers_output: anything a worker writes to stderr (a crash report) lands in the log we check
        $conf .= "\n[$pool]\nlisten = 127.0.0.1:$port\npm = static\npm.max_children = $children\n"
            . "catch_workers_output = yes\nphp_admin_value[error_log] = $tmp/$pool-php.log\n"
            . "php_admin_flag[log_errors] = on\nphp_admin_flag[display_errors] = off\n$extra";
        $m['pools'][$pool] = $port;
        $m['phplogs'][] = "$tmp/$pool-php.log";
    }
    file_put_contents("$tmp/$name.conf", $conf);
    $cmd = [$fpm, '-F', '-R', '-n', '-y', "$tmp/$name.conf"];
    foreach ($ini as $line) {
        array_push($cmd, '-d', $line);
    }
    $env = getenv();
    unset($env['FILEQ_WATCH']);       // pools choose it themselves (clear_env is on)
    $m['proc'] = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $m['out'], 'w'], 2 => ['redirect', 1]],
        $pipes, $tmp, $env);
    if ($m['proc'] === false) {
        fail("cannot run $fpm");
    }
    $m['pid'] = proc_get_status($m['proc'])['pid'];
    $GLOBALS['masters'][$name] = $m;   // stopped at exit from here on; copies share the process handle
    $until = hrtime(true) + 15e9;
    while (!str_contains((string) @file_get_contents($m['log']), 'ready to handle connections')) {
        if (!proc_get_status($m['proc'])['running'] || hrtime(true) > $until) {
            fail("php-fpm master $name did not start:\n" . logs($m) . "configuration:\n$conf");
        }
        usleep(20000);
    }
    return $m;
}

/* The first lines of a log: one error per request would otherwise fill the screen. */
function head(string $text, int $lines = 30): string
{
    $all = explode("\n", rtrim($text));
    $more = count($all) - $lines;
    return implode("\n", array_slice($all, 0, $lines)) . "\n" . ($more > 0 ? "... ($more more lines)\n" : '');
}

function logs(array $m): string
{
    $s = '';
    foreach (array_merge([$m['out'], $m['log']], $m['phplogs']) as $f) {
        $text = (string) @file_get_contents($f);
        $s .= "--- $f\n" . ($text === '' ? "(empty)\n" : head($text));
    }
    return $s;
}

/* What a master or its pools logged besides FPM's notices: PHP errors, warnings, crashes. */
function log_problems(array $m): string
{
    $bad = '';
    foreach (explode("\n", (string) @file_get_contents($m['log'])) as $line) {
        if ($line !== '' && !preg_match('/^\[[^\]]*\] NOTICE: /', $line)) {
            $bad .= "$line\n";
        }
    }
    foreach (array_merge([$m['out']], $m['phplogs']) as $f) {
        $bad .= (string) @file_get_contents($f);
    }
    return $bad;
}

function children_of(int $pid): array
{
    $kids = [];
    foreach (glob('/proc/[0-9]*/stat') as $f) {
        $stat = (string) @file_get_contents($f);
        // the fields after the command name, which is in parentheses and may hold anything
        $rest = explode(' ', substr($stat, strrpos($stat, ')') + 2));
        if (($rest[1] ?? null) === (string) $pid) {
            $kids[] = (int) basename(dirname($f));
        }
    }
    return $kids;
}

/* SIGQUIT: a graceful stop (children finish, shut down, and exit 0); SIGKILL for all if it hangs. */
function stop_master(array &$m): void
{
    if (!isset($m['proc']) || !is_resource($m['proc'])) {
        return;
    }
    proc_terminate($m['proc'], 3);
    $until = hrtime(true) + 15e9;
    while (proc_get_status($m['proc'])['running'] && hrtime(true) < $until) {
        usleep(20000);
    }
    if (proc_get_status($m['proc'])['running']) {
        fwrite(STDERR, "request bench: php-fpm master {$m['name']} did not stop in 15 s: killed\n");
        foreach (children_of($m['pid']) as $kid) {
            exec("kill -KILL $kid 2>/dev/null");
        }
        proc_terminate($m['proc'], 9);
    }
    proc_close($m['proc']);
    unset($m['proc']);
}

/* ---- a FastCGI client: one connection per request, as a web server without keep-alive ---- */

function fcgi_record(int $type, string $body): string
{
    return pack('CCnnCx', 1, $type, 1, strlen($body), 0) . $body;
}

function fcgi_request(array $params): string
{
    $p = '';
    foreach ($params as $k => $v) {
        foreach ([strlen($k), strlen($v)] as $len) {
            $p .= $len < 128 ? chr($len) : pack('N', $len | 0x80000000);
        }
        $p .= $k . $v;
    }
    // BEGIN_REQUEST (responder, no keep-alive), PARAMS, end of PARAMS, empty STDIN
    return fcgi_record(1, pack('nCx5', 1, 0)) . fcgi_record(4, $p) . fcgi_record(4, '') . fcgi_record(5, '');
}

/* Sends a prepared request; returns [stdout, stderr] when the end-of-request record came. */
function fcgi_exchange(int $port, string $request): array
{
    $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10);
    if ($s === false) {
        throw new RuntimeException("connect to 127.0.0.1:$port: $errstr");
    }
    stream_set_timeout($s, 30);
    if (fwrite($s, $request) !== strlen($request)) {
        throw new RuntimeException('request not sent');
    }
    $buf = $out = $err = '';
    while (true) {
        $chunk = fread($s, 8192);
        if ($chunk === false || $chunk === '') {
            $why = stream_get_meta_data($s)['timed_out'] ? 'no answer in 30 s' : 'connection closed before the end of the request';
            fclose($s);
            throw new RuntimeException($why);
        }
        $buf .= $chunk;
        while (strlen($buf) >= 8) {
            $h = unpack('Cversion/Ctype/nid/nlen/Cpad', $buf);
            if (strlen($buf) < 8 + $h['len'] + $h['pad']) {
                break;
            }
            $body = substr($buf, 8, $h['len']);
            $buf = substr($buf, 8 + $h['len'] + $h['pad']);
            if ($h['type'] === 6) {
                $out .= $body;
            } elseif ($h['type'] === 7) {
                $err .= $body;
            } elseif ($h['type'] === 3) {
                fclose($s);
                return [$out, $err];
            }
        }
    }
}

/* The response body, or an exception when the request did not succeed. */
function fcgi_body(array $response): string
{
    [$out, $err] = $response;
    $parts = explode("\r\n\r\n", $out, 2);
    if ($err !== '' || count($parts) !== 2 || preg_match('/^Status:/mi', $parts[0])) {
        throw new RuntimeException('bad response: ' . var_export($out, true) . ($err !== '' ? ', stderr ' . var_export($err, true) : ''));
    }
    return $parts[1];
}

/* ---- the measurements ------------------------------------------------------------------- */

function median(array $v): float
{
    sort($v);
    $n = count($v);
    return $n % 2 ? $v[intdiv($n, 2)] : ($v[$n / 2 - 1] + $v[$n / 2]) / 2;
}

/* $n requests in a row to one pool; milliseconds each. Every response must be "ok". */
function time_requests(array $pool, int $n): array
{
    $ms = [];
    for ($i = 0; $i < $n; $i++) {
        try {
            $t = hrtime(true);
            $response = fcgi_exchange($pool['port'], $pool['request']);
            $ms[] = (hrtime(true) - $t) / 1e6;
            $body = fcgi_body($response);
        } catch (RuntimeException $e) {
            fail("pool {$pool['name']}, request " . ($i + 1) . ': ' . $e->getMessage() . "\n" . logs($GLOBALS['masters'][$pool['master']]));
        }
        if ($body !== 'ok') {
            fail("pool {$pool['name']}: response body " . var_export($body, true) . ", expected 'ok'\n"
                . logs($GLOBALS['masters'][$pool['master']]));
        }
    }
    return $ms;
}

/* $n processes in a row; milliseconds each, from spawn to exit. Each must print "ok" and exit 0. */
function time_processes(array $run, int $n): array
{
    $ms = [];
    for ($i = 0; $i < $n; $i++) {
        $t = hrtime(true);
        $p = proc_open($run['cmd'], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, null, $run['env']);
        if ($p === false) {
            fail('cannot run ' . $run['cmd'][0]);
        }
        $out = stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        $rc = proc_close($p);
        $ms[] = (hrtime(true) - $t) / 1e6;
        if ($rc !== 0 || $out !== 'ok') {
            fail("{$run['name']}: exit code $rc, output " . var_export($out, true) . "\ncommand: " . implode(' ', $run['cmd']));
        }
    }
    return $ms;
}

/* Rounds in alternating order, so a load spike hits every case alike; [name => all samples]. */
function in_rounds(array $cases, int $rounds, int $n, callable $time): array
{
    $samples = array_fill_keys(array_keys($cases), []);
    for ($r = 0; $r < $rounds; $r++) {
        $order = $r % 2 ? array_reverse(array_keys($cases)) : array_keys($cases);
        foreach ($order as $name) {
            array_push($samples[$name], ...$time($cases[$name], $n));
        }
    }
    return $samples;
}

/*
 * Processes one by one, each case in turn (the order rotating): this host's
 * speed drifts by several percent within seconds, which a block of one case
 * would take for the case's own cost. [name => all samples]
 */
function interleaved(array $cases, int $n): array
{
    $names = array_keys($cases);
    $samples = array_fill_keys($names, []);
    for ($i = 0; $i < $n; $i++) {
        for ($k = 0; $k < count($names); $k++) {
            $name = $names[($i + $k) % count($names)];
            $samples[$name][] = time_processes($cases[$name], 1)[0];
        }
    }
    return $samples;
}

ensure_fpm($fpm);
$ini = ['zend_extension=opcache', 'opcache.enable=1', 'extension=mbstring'];
$masters_want = [
    'A' => [['a4' => [4, ''], 'a1' => [1, ''], 'a4w0' => [4, "env[FILEQ_WATCH] = 0\n"], 'a1w0' => [1, "env[FILEQ_WATCH] = 0\n"]],
        array_merge($ini, ["extension=$so"]), 'native'],
    'B' => [['b4' => [4, ''], 'b1' => [1, '']], $ini, 'baseline'],
];
$pools = [];
foreach ($masters_want as $name => [$want, $master_ini, $script]) {
    $m = start_master($fpm, $name, $want, $master_ini, $tmp);
    foreach ($m['pools'] as $pool => $port) {
        $queue = "$tmp/$pool.q";
        file_put_contents($queue, '');
        $params = fn(string $file) => [
            'GATEWAY_INTERFACE' => 'CGI/1.1', 'SERVER_SOFTWARE' => 'fileq-bench', 'SERVER_PROTOCOL' => 'HTTP/1.1',
            'REQUEST_METHOD' => 'GET', 'SCRIPT_FILENAME' => $file, 'SCRIPT_NAME' => '/' . basename($file),
            'REQUEST_URI' => '/' . basename($file), 'DOCUMENT_ROOT' => dirname($file), 'QUERY_STRING' => '',
            'CONTENT_TYPE' => '', 'CONTENT_LENGTH' => '', 'SERVER_NAME' => 'localhost', 'SERVER_ADDR' => '127.0.0.1',
            'SERVER_PORT' => (string) $port, 'REMOTE_ADDR' => '127.0.0.1', 'REMOTE_PORT' => '0', 'FILEQ_QUEUE' => $queue,
        ];
        $pools[$pool] = ['name' => $pool, 'master' => $name, 'port' => $port, 'queue' => $queue,
            'request' => fcgi_request($params($scripts[$script])), 'probe' => fcgi_request($params($scripts['probe']))];
    }
}

// The pools must differ in fileq (and FILEQ_WATCH) only.
foreach ($pools as $pool => $p) {
    try {
        $info = json_decode(fcgi_body(fcgi_exchange($p['port'], $p['probe'])), true);
    } catch (RuntimeException $e) {
        fail("pool $pool: " . $e->getMessage() . "\n" . logs($masters[$p['master']]));
    }
    $want = ['sapi' => 'fpm-fcgi', 'fileq' => $p['master'] === 'A', 'mbstring' => true, 'opcache' => true,
        'FILEQ_WATCH' => str_ends_with($pool, 'w0') ? '0' : false];
    foreach ($want as $k => $v) {
        if (($info[$k] ?? null) !== $v) {
            fail("pool $pool runs with " . json_encode($info) . ', expected ' . json_encode($want));
        }
    }
    $fpm_version = $info['version'];
}

// Warm-up: opcache filled and each child through a few requests.
foreach ($pools as $p) {
    time_requests($p, 40);
}
$fpm_ms = in_rounds($pools, $rounds, $requests, 'time_requests');

foreach ($masters as &$m) {
    stop_master($m);
    if (($bad = log_problems($m)) !== '') {
        fail("php-fpm master {$m['name']} logged:\n" . head($bad) . "logs:\n" . logs($m));
    }
}
unset($m);
clearstatcache();
foreach ($pools as $p) {
    if (filesize($p['queue']) !== 0) {
        fail("{$p['queue']} is not empty after the run: a request did not pop what it pushed");
    }
}

// Short CLI processes, the same php binary for both: with `-n` (mbstring only, so fileq also
// registers its stand-ins for posix, sysv* and shmop), and as a cron job runs it, with the
// machine's php.ini and its extensions (the real posix and sysv*: no stand-ins), when that
// configuration has mbstring and does not load fileq already.
$env = getenv();
unset($env['FILEQ_WATCH']);
exec(escapeshellarg(PHP_BINARY) . ' -r ' . escapeshellarg('echo extension_loaded("mbstring") && !extension_loaded("fileq") ? count(get_loaded_extensions()) : 0;'),
    $ini_out, $ini_rc);
$ini_extensions = $ini_rc === 0 ? (int) ($ini_out[0] ?? 0) : 0;
$cli = [];
$cli_cases = ['baseline' => [true, []], 'native' => [true, ["extension=$so"]], 'native_w0' => [true, ["extension=$so"]]];
if ($ini_extensions > 0) {
    $cli_cases += ['baseline_ini' => [false, []], 'native_ini' => [false, ["extension=$so"]]];
}
foreach ($cli_cases as $name => [$bare, $extra]) {
    $queue = "$tmp/cli-$name.q";
    file_put_contents($queue, '');
    $cmd = $bare ? [PHP_BINARY, '-n', '-d', 'extension=mbstring'] : [PHP_BINARY];
    foreach ($extra as $line) {
        array_push($cmd, '-d', $line);
    }
    array_push($cmd, $scripts[str_starts_with($name, 'baseline') ? 'baseline' : 'native'], $queue);
    $cli[$name] = ['name' => "CLI $name", 'cmd' => $cmd, 'queue' => $queue,
        'env' => $name === 'native_w0' ? $env + ['FILEQ_WATCH' => '0'] : $env];
}
foreach ($cli as $run) {
    time_processes($run, 5);
}
$cli_ms = interleaved($cli, $rounds * $processes);
clearstatcache();
foreach ($cli as $run) {
    if (filesize($run['queue']) !== 0) {
        fail("{$run['queue']} is not empty after the run");
    }
}

/* ---- the table ---------------------------------------------------------------------------- */

// The median is the acceptance measure; the mean is there too because it is what N requests
// cost together, and a cost paid by only some of the requests moves the mean, not the median.
$all = $fpm_ms + $cli_ms;
$med = array_map('median', $all);
$mean = array_map(fn(array $v) => array_sum($v) / count($v), $all);
printf("one push + one pop (256-byte frames) per request or process, queue files in %s; php-fpm %s, "
    . "opcache and mbstring in both;\n%d rounds x %d requests per pool, %d x %d processes; ms per request or process\n",
    $where, $fpm_version, $rounds, $requests, $rounds, $processes);
printf("%-40s %32s   %32s\n", '', '------------ median ------------', '------------- mean -------------');
printf("%-40s %10s %10s %10s   %10s %10s %10s\n", 'case', 'baseline', 'fileq', 'ratio', 'baseline', 'fileq', 'ratio');
$rows = [
    'FPM request, 4 children' => ['b4', 'a4'],
    'FPM request, 1 child' => ['b1', 'a1'],
    'CLI process, php -n' => ['baseline', 'native'],
    "CLI process, php.ini ($ini_extensions extensions)" => ['baseline_ini', 'native_ini'],
    'FPM request, 4 children, FILEQ_WATCH=0' => ['b4', 'a4w0'],
    'FPM request, 1 child, FILEQ_WATCH=0' => ['b1', 'a1w0'],
    'CLI process, php -n, FILEQ_WATCH=0' => ['baseline', 'native_w0'],
];
foreach ($rows as $label => [$b, $x]) {
    if (!isset($med[$b], $med[$x])) {
        continue;  /* the php.ini rows, when that configuration cannot run them */
    }
    printf("%-40s %10.3f %10.3f %9.2fx   %10.3f %10.3f %9.2fx\n", $label,
        $med[$b], $med[$x], $med[$x] / $med[$b], $mean[$b], $mean[$x], $mean[$x] / $mean[$b]);
}
echo "(ratio: fileq / baseline; the FILEQ_WATCH=0 rows repeat the baseline above, which does not read that variable)\n";
$ini_ratio = fn(array $v) => isset($v['native_ini']) ? sprintf(', %.2f (php.ini)', $v['native_ini'] / $v['baseline_ini']) : '';
printf("fileq / baseline, median: FPM request %.2f (4 children), %.2f (1 child), CLI process %.2f (php -n)%s (target <= 1.0)\n",
    $med['a4'] / $med['b4'], $med['a1'] / $med['b1'], $med['native'] / $med['baseline'], $ini_ratio($med));
printf("fileq / baseline, mean:   FPM request %.2f (4 children), %.2f (1 child), CLI process %.2f (php -n)%s\n",
    $mean['a4'] / $mean['b4'], $mean['a1'] / $mean['b1'], $mean['native'] / $mean['baseline'], $ini_ratio($mean));
