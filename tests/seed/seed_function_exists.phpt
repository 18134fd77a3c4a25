--TEST--
seed API: code that declares the functions only if (!function_exists(...)) runs on the native ones, with DESIGN's signatures
--EXTENSIONS--
fileq
--FILE--
<?php
// as the seed's code declares them
if (!function_exists('queue_address_push')) {
    function queue_address_push(string $frame, int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, $callback = ''): int
    {
        return -1;
    }
}
if (!function_exists('queue_address_pop')) {
    function queue_address_pop(int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, string $frame_replace = '', $callback = ''): string
    {
        return 'pure PHP';
    }
}
foreach (['queue_address_push', 'queue_address_pop'] as $name) {
    $f = new ReflectionFunction($name);
    echo $name, ': ', $f->isInternal() ? 'internal' : 'user', ', returns ', $f->getReturnType(), "\n";
    foreach ($f->getParameters() as $p) {
        echo '  ', $p, "\n";
    }
}
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;
var_dump(queue_address_push('x', 4), queue_address_pop(4));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
queue_address_push: internal, returns int
  Parameter #0 [ <required> string $frame ]
  Parameter #1 [ <optional> int $frame_size = 0 ]
  Parameter #2 [ <optional> int $frame_cursor = PHP_INT_MAX ]
  Parameter #3 [ <optional> callable|string $callback = '' ]
queue_address_pop: internal, returns string
  Parameter #0 [ <optional> int $frame_size = 0 ]
  Parameter #1 [ <optional> int $frame_cursor = PHP_INT_MAX ]
  Parameter #2 [ <optional> string $frame_replace = '' ]
  Parameter #3 [ <optional> callable|string $callback = '' ]
int(0)
string(1) "x"
