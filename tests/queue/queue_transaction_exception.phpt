--TEST--
FileQ\Queue::transaction(): an exception from the callable propagates and the lock is released
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
try {
    $q->transaction(function ($q) {
        $q->push('inside');
        throw new RuntimeException('boom');
    });
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
// A second handle is a second open file description: it would block for ever on a leaked lock.
$other = new FileQ\Queue($f);
$other->push('other');
var_dump(count($other), $q->shift(), $q->shift());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_transaction_exception.q'); ?>
--EXPECT--
boom
int(2)
string(6) "inside"
string(5) "other"
