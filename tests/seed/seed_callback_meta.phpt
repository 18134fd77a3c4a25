--TEST--
seed API: the callback's stream reports what the original's fopen() stream reports in stream_get_meta_data() (wrapper "plainfile", the path as uri, mode r+)
--EXTENSIONS--
fileq
mbstring
--FILE--
<?php
require __DIR__ . '/seed_queue_baseline.inc';
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, str_repeat("x", 16));
$cron_requests_events_settings['queue_file'] = $file;

$seen = [];
$look = function ($fh) use (&$seen) {
    $meta = stream_get_meta_data($fh);
    ksort($meta);
    $seen[] = $meta;
};
seed_queue_address_push('a', 16, PHP_INT_MAX, $look);
queue_address_push('b', 16, PHP_INT_MAX, $look);
seed_queue_address_pop(16, 0, '', $look);
queue_address_pop(16, 0, '', $look);
echo "push: ", $seen[0] === $seen[1] ? "same\n" : json_encode([$seen[0], $seen[1]]) . "\n";
echo "pop: ", $seen[2] === $seen[3] ? "same\n" : json_encode([$seen[2], $seen[3]]) . "\n";
echo $seen[1]['wrapper_type'], ' ', $seen[1]['stream_type'], ' ', $seen[1]['mode'], ' ',
    $seen[1]['uri'] === $file ? 'the path' : $seen[1]['uri'], "\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/seed_callback_meta.q');
?>
--EXPECT--
push: same
pop: same
plainfile STDIO r+ the path
