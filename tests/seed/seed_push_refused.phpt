--TEST--
seed API: push refuses frame_size 0, negative sizes and oversize frames (returns 0, writes nothing, calls no callback)
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;
$cb = function () { echo "callback called\n"; };

var_dump(queue_address_push('abc', 0, PHP_INT_MAX, $cb));
var_dump(queue_address_push('abc'));
var_dump(queue_address_push('abc', -4, PHP_INT_MAX, $cb));
var_dump(queue_address_push('', -1, PHP_INT_MAX, $cb));
var_dump(queue_address_push('abcde', 4, PHP_INT_MAX, $cb));
var_dump(queue_address_push('abcde', 4, 8, 'not a function'));   // refused before the callback is looked at
clearstatcache();
var_dump(filesize($file));

// accepted: the return value is the cursor (the old size when appending)
var_dump(queue_address_push('abcd', 4, PHP_INT_MAX, $cb));
var_dump(queue_address_push('', 4));
var_dump(queue_address_push('x', 4, 2));
var_dump(bin2hex(file_get_contents($file)));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
int(0)
int(0)
int(0)
int(0)
int(0)
int(0)
int(0)
callback called
int(0)
int(4)
int(2)
string(16) "6162780000000000"
