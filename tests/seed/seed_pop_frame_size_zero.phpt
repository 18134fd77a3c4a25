--TEST--
seed API: pop with frame_size <= 0 throws fread()'s ValueError on a non-empty file, returns '' on an empty one
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;
$cb = function ($fh, $s) { echo "callback: $s\n"; };

var_dump(queue_address_pop());
var_dump(queue_address_pop(0, PHP_INT_MAX, '', $cb));
queue_address_push('abc', 4);
foreach ([0, -3] as $size) {
    try {
        queue_address_pop($size, PHP_INT_MAX, 'x', $cb);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    try {
        queue_address_pop($size, 0, 'x');
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(bin2hex(file_get_contents($file)));
// the lock was released
$fh = fopen($file, 'r+');
var_dump(flock($fh, LOCK_EX | LOCK_NB));
fclose($fh);
var_dump(queue_address_pop(4));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
string(0) ""
callback: 0
string(0) ""
callback: 0
ValueError: fread(): Argument #2 ($length) must be greater than 0
ValueError: fread(): Argument #2 ($length) must be greater than 0
callback: -3
ValueError: fread(): Argument #2 ($length) must be greater than 0
ValueError: fread(): Argument #2 ($length) must be greater than 0
string(8) "61626300"
bool(true)
string(3) "abc"
