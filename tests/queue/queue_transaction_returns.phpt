--TEST--
FileQ\Queue::transaction() runs the callable with the queue under the lock and returns its result
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->push('job');
$r = $q->transaction(function (FileQ\Queue $tq) use ($q) {
    var_dump($tq === $q);
    $job = $tq->pop();
    $tq->push("$job done");
    return ['count' => count($tq), 'nested' => $tq->transaction(fn($x) => $x->read(4096))];
});
var_dump($r, $q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_transaction_returns.q'); ?>
--EXPECT--
bool(true)
array(2) {
  ["count"]=>
  int(1)
  ["nested"]=>
  string(8) "job done"
}
string(8) "job done"
