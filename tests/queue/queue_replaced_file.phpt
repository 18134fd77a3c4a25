--TEST--
FileQ\Queue: a file deleted or replaced under an open queue is reopened (within 100 ms)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$q->push('old');
unlink($f);
usleep(150000);
$q->push('after delete');
var_dump(file_exists($f), count($q), $q->read(4096));
$other = new FileQ\Queue("$f.new", 64);
$other->push('replacement');
rename("$f.new", $f);
usleep(150000);
var_dump(count($q), $q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_replaced_file.q'); @unlink(__DIR__ . '/queue_replaced_file.q.new'); ?>
--EXPECT--
bool(true)
int(1)
string(12) "after delete"
int(1)
string(11) "replacement"
