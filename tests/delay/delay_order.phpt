--TEST--
Queue::push() with a delay: invisible until due, then in due order (ties in push order) after what was pushed before
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Queue;
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($path);
$q = new Queue($path);
var_dump($q->push('later', 0.6));           // a delayed frame has no cursor yet (due well after d0, even under valgrind)
var_dump($q->push('now') > 0);
var_dump(count($q), $q->stats()['delayed']);
var_dump($q->shift(), $q->shift());
foreach ([0.25, 0.05, 0.15, 0.10, 0.20] as $i => $d) {
    $q->push("d$i", $d);
}
for ($i = 0; $i < 20; $i++) {
    $q->push("t$i", 0.01);                  // one due time: push order
}
$q->push('plain');
var_dump(count($q), $q->stats()['delayed']);
usleep(900000);
var_dump(count($q), $q->stats()['delayed']);
$out = [];
while (($m = $q->shift()) !== null) {
    $out[] = $m;
}
echo implode(',', $out), "\n";
$q->push('p1', 0.01);
$q->push('p2', 0.02);
usleep(50000);
var_dump($q->pop());                        // LIFO over the promoted frames
?>
--CLEAN--
<?php @unlink(__DIR__ . '/delay_order.q'); ?>
--EXPECT--
int(0)
bool(true)
int(1)
int(1)
string(3) "now"
NULL
int(1)
int(26)
int(27)
int(0)
plain,t0,t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13,t14,t15,t16,t17,t18,t19,d1,d3,d2,d4,d0,later
string(2) "p2"
