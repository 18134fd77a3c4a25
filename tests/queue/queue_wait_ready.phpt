--TEST--
FileQ\Queue::wait() returns true at once when a frame is queued; bad timeouts are ValueErrors
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->push('ready');
var_dump($q->wait(0), $q->wait(), $q->wait(5.0));
foreach ([-2.0, -0.5, NAN] as $bad) {
    try {
        $q->wait($bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_wait_ready.q'); ?>
--EXPECT--
bool(true)
bool(true)
bool(true)
FileQ\Queue::wait(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\Queue::wait(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\Queue::wait(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
