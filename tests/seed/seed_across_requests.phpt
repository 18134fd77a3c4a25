--TEST--
seed API: in a process that serves several requests (php-cgi -T), a queue file stays open from one request to the next, a file replaced between requests is seen, and open_basedir is checked again in each request
--EXTENSIONS--
fileq
--SKIPIF--
<?php
$cgi = dirname(PHP_BINARY) . '/' . str_replace('php', 'php-cgi', basename(PHP_BINARY));
if (!is_executable($cgi)) die("skip no $cgi (Debian: php" . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-cgi)');
if (!is_dir('/proc/self/fd')) die('skip needs /proc/self/fd');
?>
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$cgi = dirname(PHP_BINARY) . '/' . str_replace('php', 'php-cgi', basename(PHP_BINARY));
file_put_contents("$base.q", '');
file_put_contents("$base.n", '0');
// One script, run as 5 requests of one php-cgi process.
file_put_contents("$base.req.php", <<<'PHP'
<?php
$base = substr(__FILE__, 0, -8);
$n = (int) file_get_contents("$base.n") + 1;
file_put_contents("$base.n", (string) $n);
$cron_requests_events_settings['queue_file'] = "$base.q";
$open = function () use ($base) {
    $c = 0;
    foreach (scandir('/proc/self/fd') as $fd) {
        $c += str_starts_with((string) @readlink("/proc/self/fd/$fd"), "$base.q");  // "(deleted)" too
    }
    return $c;
};
echo "request $n: open before the call: ", $open();
if ($n === 4) {
    ini_set('open_basedir', '/nonexistent');
}
try {
    $at = queue_address_push("r$n", 4);
    echo ", pushed at $at, open after: ", $open(), "\n";
} catch (FileQ\Exception $e) {
    echo ", ", get_class($e), ': ', str_replace($base, 'BASE', $e->getMessage()), "\n";
}
if ($n === 2) {
    // between requests 2 and 3, another file takes the name
    file_put_contents("$base.new", str_pad('new', 4, "\0"));
    rename("$base.new", "$base.q");
}
PHP);
// Without run-tests' CGI variables: php-cgi would take its script from SCRIPT_FILENAME.
$env = array_filter(getenv(), fn ($k) => !preg_match('/^(REDIRECT_STATUS|SCRIPT_FILENAME|PATH_TRANSLATED|QUERY_STRING|'
    . 'REQUEST_METHOD|CONTENT_TYPE|CONTENT_LENGTH|GATEWAY_INTERFACE|SERVER_\w+|HTTP_\w+)$/', $k), ARRAY_FILTER_USE_KEY);
$p = proc_open([$cgi, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=fileq', '-d', 'html_errors=0', '-q', '-T', '5',
    "$base.req.php"], [1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
proc_close($p);
echo json_encode(str_split(file_get_contents("$base.q"), 4)), "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/seed_across_requests';
foreach (['q', 'n', 'new', 'req.php'] as $x) {
    @unlink("$base.$x");
}
?>
--EXPECTF--
request 1: open before the call: 0, pushed at 0, open after: 1
request 2: open before the call: 1, pushed at 4, open after: 1
request 3: open before the call: 1, pushed at 4, open after: 1
request 4: open before the call: 1, FileQ\IOException: open (open_basedir) 'BASE.q': Operation not permitted
request 5: open before the call: 1, pushed at 8, open after: 1
["new\u0000","r3\u0000\u0000","r5\u0000\u0000"]
