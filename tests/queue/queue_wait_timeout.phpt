--TEST--
FileQ\Queue::wait() on an empty queue returns false once the timeout has passed
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$t = microtime(true);
var_dump($q->wait(0.25));
$elapsed = microtime(true) - $t;
var_dump($elapsed >= 0.24, $elapsed < 3.0);
var_dump($q->wait(0));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_wait_timeout.q'); ?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
