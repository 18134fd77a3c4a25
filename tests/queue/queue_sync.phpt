--TEST--
FileQ\Queue::SYNC: every operation works with fdatasync, in both formats
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
foreach ([FileQ\Queue::SYNC, FileQ\Queue::SYNC | FileQ\Queue::RAW] as $flags) {
    @unlink($f);
    $q = new FileQ\Queue($f, 32, $flags);
    $q->updateBoot(fn($b) => ['s' => 1]);   // RAW: the boot frame comes first, as in the seed
    $c = $q->push('durable');
    $q->write($c, 'rewritten');
    $q->push('second');
    echo $q->stats()['format'], ' ', var_export($q->stats()['sync'], true), ' ',
        $q->pop(), ' ', $q->read($c), ' ', $q->boot()['s'], "\n";
    $q->clear();
    var_dump(count($q));
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_sync.q'); ?>
--EXPECT--
framed true second rewritten 1
int(0)
raw true second rewritten 1
int(0)
