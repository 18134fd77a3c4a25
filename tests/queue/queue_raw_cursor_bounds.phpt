--TEST--
FileQ\Queue::RAW: write() only in place (past the end, or partly past it, is FileQ\Exception and writes nothing); read() and the seed's pop at a cursor near PHP_INT_MAX give null / ''
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f, 16, FileQ\Queue::RAW);
$q->push('job A');
$q->push('job B');
$before = file_get_contents($f);
foreach ([32 => 'past the end', 1600 => 'far past the end', 24 => 'partly past the end', PHP_INT_MAX - 8 => 'near PHP_INT_MAX'] as $cursor => $what) {
    try {
        $q->write($cursor, 'x');
        echo "$what: written\n";
    } catch (FileQ\Exception $e) {
        echo "$what: ", get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
clearstatcache();
var_dump(file_get_contents($f) === $before, count($q));
$q->write(16, 'job B2');  // in place
var_dump($q->read(16), $q->read(32), $q->read(PHP_INT_MAX), $q->read(PHP_INT_MAX - 15));

$cron_requests_events_settings = ['queue_file' => $f];
var_dump(queue_address_pop(16, PHP_INT_MAX - 1), queue_address_pop(16, 1 << 40), queue_address_pop(16));
var_dump($q->pop(), $q->pop(), count($q));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_raw_cursor_bounds.q'); ?>
--EXPECT--
past the end: FileQ\Exception: no frame at cursor 32 of 'FILE'
far past the end: FileQ\Exception: no frame at cursor 1600 of 'FILE'
partly past the end: FileQ\Exception: no frame at cursor 24 of 'FILE'
near PHP_INT_MAX: FileQ\Exception: no frame at cursor 9223372036854775799 of 'FILE'
bool(true)
int(2)
string(6) "job B2"
NULL
NULL
NULL
string(0) ""
string(0) ""
string(6) "job B2"
string(5) "job A"
NULL
int(0)
