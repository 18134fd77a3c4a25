--TEST--
seed API: LIFO pop trims, truncates, and stops at a blank last frame ("end of queue"); an empty file is an empty queue
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;
$size = function () use ($file) { clearstatcache(); return filesize($file); };

// empty file: '' after the callback ran
var_dump(queue_address_pop(8, PHP_INT_MAX, '', function ($fh, $s, $c, $r) { echo "callback: $s\n"; }));

queue_address_push('first', 8);
queue_address_push('', 8);               // a blank frame
queue_address_push(" \tmid\n", 8);
queue_address_push("last\0", 8);

var_dump(queue_address_pop(8), $size());  // trimmed, truncated off
var_dump(queue_address_pop(8), $size());
var_dump(queue_address_pop(8), $size());  // blank last frame: '' and nothing removed
var_dump(queue_address_pop(8), $size());
var_dump(queue_address_pop(8, 0));        // the frame below is still there

// a frame size larger than the file reads the whole file
file_put_contents($file, "  abc  ");
var_dump(queue_address_pop(100), $size());
var_dump(queue_address_pop(100), $size());
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
callback: 8
string(0) ""
string(4) "last"
int(24)
string(3) "mid"
int(16)
string(0) ""
int(16)
string(0) ""
int(16)
string(5) "first"
string(3) "abc"
int(0)
string(0) ""
int(0)
