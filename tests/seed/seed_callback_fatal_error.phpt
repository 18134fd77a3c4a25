--TEST--
seed API: a fatal error in the callback (E_USER_ERROR, a timeout) leaves the file unlocked and error_reporting as it was, for the shutdown functions and for the next requests of the process (php-cgi -T), which keeps the file open; it stayed locked for the life of the worker, and later requests ran with only fatal errors reported
--EXTENSIONS--
fileq
--SKIPIF--
<?php
$cgi = dirname(PHP_BINARY) . '/' . str_replace('php', 'php-cgi', basename(PHP_BINARY));
if (!is_executable($cgi)) die("skip no $cgi (Debian: php" . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-cgi)');
// A fatal error leaves to the Zend allocator's request end what it allocated on its way (the message, the frames).
if (getenv('USE_ZEND_ALLOC') === '0') die('skip a fatal error leaks without the Zend allocator');
?>
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$cgi = dirname(PHP_BINARY) . '/' . str_replace('php', 'php-cgi', basename(PHP_BINARY));
file_put_contents("$base.q", '');
file_put_contents("$base.n", '0');
file_put_contents("$base.req.php", <<<'PHP'
<?php
$base = substr(__FILE__, 0, -8);
$n = (int) file_get_contents("$base.n") + 1;
file_put_contents("$base.n", (string) $n);
$cron_requests_events_settings['queue_file'] = "$base.q";
// What another process sees: a lock of its own on the file, at once or not.
$free = function () use ($base) {
    $h = fopen("$base.q", 'r');
    $ok = flock($h, LOCK_EX | LOCK_NB);
    fclose($h);
    return $ok ? 'unlocked' : 'LOCKED';
};
$report = function (string $when) use ($free) {
    echo "  $when: error_reporting ", error_reporting() === E_ALL ? 'E_ALL' : error_reporting(), ", file ", $free(), "\n";
};
echo "request $n\n";
register_shutdown_function($report, 'shutdown function');
if ($n === 1) {
    queue_address_push("r$n", 4, PHP_INT_MAX, function ($fh) { trigger_error('the callback gives up', E_USER_ERROR); });
} elseif ($n === 2) {
    set_time_limit(1);
    queue_address_push("r$n", 4, PHP_INT_MAX, function ($fh) { for (;;) {} });
} else {
    echo $undefined;
    echo "  pushed at ", queue_address_push("r$n", 4), "\n";
    $report('request');
}
PHP);
$env = array_filter(getenv(), fn ($k) => !preg_match('/^(REDIRECT_STATUS|SCRIPT_FILENAME|PATH_TRANSLATED|QUERY_STRING|'
    . 'REQUEST_METHOD|CONTENT_TYPE|CONTENT_LENGTH|GATEWAY_INTERFACE|SERVER_\w+|HTTP_\w+)$/', $k), ARRAY_FILTER_USE_KEY);
$p = proc_open([$cgi, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=fileq', '-d', 'html_errors=0',
    '-d', 'display_errors=1', '-d', 'error_reporting=' . E_ALL, '-d', 'fatal_error_backtraces=0', '-q', '-T', '3', "$base.req.php"],
    [1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
echo str_replace($base, 'BASE', stream_get_contents($pipes[1]));
fclose($pipes[1]);
proc_close($p);
echo json_encode(str_split(file_get_contents("$base.q"), 4)), "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/seed_callback_fatal_error';
foreach (['q', 'n', 'req.php'] as $x) {
    @unlink("$base.$x");
}
?>
--EXPECTF--
request 1

Fatal error: the callback gives up in BASE.req.php on line %d
  shutdown function: error_reporting E_ALL, file unlocked
request 2

Fatal error: Maximum execution time of 1 second exceeded in BASE.req.php on line %d
  shutdown function: error_reporting E_ALL, file unlocked
request 3

Warning: Undefined variable $undefined in BASE.req.php on line %d
  pushed at 0
  request: error_reporting E_ALL, file unlocked
  shutdown function: error_reporting E_ALL, file unlocked
["r3\u0000\u0000"]
