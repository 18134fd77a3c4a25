--TEST--
FileQ\Queue: a framed queue file opened as RAW, or used by the seed functions, is refused at once (no hang, nothing written)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$q->push('framed');
$before = md5_file($f);
try {
    new FileQ\Queue($f, 64, FileQ\Queue::RAW);
} catch (FileQ\CorruptException $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
$cron_requests_events_settings['queue_file'] = $f;
foreach ([fn() => queue_address_push('raw bytes', 64), fn() => queue_address_pop(64)] as $call) {
    try {
        $call();
    } catch (FileQ\CorruptException $e) {
        echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
var_dump(md5_file($f) === $before, $q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_raw_on_framed.q'); ?>
--EXPECT--
FileQ\CorruptException: 'FILE' is a framed fileq queue, not one in the seed's RAW layout: open it without Queue::RAW
FileQ\CorruptException: 'FILE' is a framed fileq queue, not one in the seed's RAW layout: the seed functions cannot use it
FileQ\CorruptException: 'FILE' is a framed fileq queue, not one in the seed's RAW layout: the seed functions cannot use it
bool(true)
string(6) "framed"
