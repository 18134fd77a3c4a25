--TEST--
FileQ\Queue::RAW: frames come back trimmed as the seed trims them; a blank last frame ends the queue
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 16, FileQ\Queue::RAW);
$q->push("  first\t");
$q->push("");          // a blank frame: the seed's "end of queue"
$c = $q->push("\n last \x0B");
var_dump($q->read($c), $q->read($c - 16), $q->read(1000));
var_dump($q->pop(), $q->pop(), count($q), $q->wait(0));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_raw_trim.q'); ?>
--EXPECT--
string(4) "last"
NULL
NULL
string(4) "last"
NULL
int(2)
bool(false)
