--TEST--
seed API: huge frame sizes neither allocate nor fill the disk; a callback may call the functions again without deadlock
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, 'abc');
$cron_requests_events_settings['queue_file'] = $file;

// pop reads no more than the file holds, whatever frame_size says
var_dump(queue_address_pop(PHP_INT_MAX - 1, 0));
var_dump(queue_address_pop(PHP_INT_MAX - 1));
clearstatcache();
var_dump(filesize($file));

// a frame is written padded to frame_size: above 64 MiB that is refused with an exception
foreach ([fn () => queue_address_push('a', 1 << 40), fn () => queue_address_pop(1 << 40, 0, 'x')] as $call) {
    try {
        $call();
    } catch (FileQ\TooLargeException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(queue_address_push(str_repeat('b', 70), 64));   // an oversize frame is still just refused
clearstatcache();
var_dump(filesize($file));

// the seed's version would wait for itself here; the inner calls run under the lock already held
var_dump(queue_address_push('outer', 8, PHP_INT_MAX, function ($fh) {
    var_dump(queue_address_push('inner', 8));
    var_dump(queue_address_pop(8, 0, '', function () { echo "nested callback\n"; }));
}));
var_dump(bin2hex(file_get_contents($file)));
$fh = fopen($file, 'r+');
var_dump(flock($fh, LOCK_EX | LOCK_NB));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
string(3) "abc"
string(3) "abc"
int(0)
FileQ\TooLargeException: frame_size 1099511627776 exceeds the 67108864 bytes a frame may take
FileQ\TooLargeException: frame_size 1099511627776 exceeds the 67108864 bytes a frame may take
int(0)
int(0)
int(0)
nested callback
string(5) "inner"
int(8)
string(32) "696e6e65720000006f75746572000000"
bool(true)
