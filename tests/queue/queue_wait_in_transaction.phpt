--TEST--
FileQ\Queue::wait() inside transaction() is refused: it would hold the lock while it sleeps
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
try {
    $q->transaction(fn($q) => $q->wait(1));
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
}
$q->push('still usable');
var_dump($q->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_wait_in_transaction.q'); ?>
--EXPECT--
FileQ\Exception: wait() on 'FILE' inside a transaction would hold the lock for ever
string(12) "still usable"
