--TEST--
clear() removes the delayed frames too; a queue keeps delaying after it
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Queue;
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($path);
$q = new Queue($path);
for ($i = 0; $i < 40; $i++) {
    $q->push("d$i", 0.05);
}
$q->push('plain');
var_dump(count($q), $q->stats()['delayed']);
$q->clear();
var_dump(count($q), $q->stats()['delayed']);
usleep(80000);
var_dump(count($q), $q->shift());
$q->push('again', 0.01);
$other = new Queue($path);
var_dump($other->stats()['delayed']);
usleep(30000);
var_dump($other->shift(), $q->stats()['delayed']);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/delay_clear.q'); ?>
--EXPECT--
int(1)
int(40)
int(0)
int(0)
int(0)
NULL
int(1)
string(5) "again"
int(0)
