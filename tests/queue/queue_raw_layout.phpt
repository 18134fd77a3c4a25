--TEST--
FileQ\Queue::RAW: the seed's layout byte for byte (NUL-padded frames, LIFO by truncation)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 8, FileQ\Queue::RAW);
var_dump($q->getMaxPayload(), $q->push('abc'), $q->push('de'), $q->push('12345678'));
var_dump(bin2hex(file_get_contents($f)), count($q));
var_dump($q->pop());
clearstatcache();
var_dump(filesize($f), $q->pop(), bin2hex(file_get_contents($f)));
try {
    $q->push('123456789');
} catch (FileQ\TooLargeException $e) {
    echo get_class($e), "\n";
}
clearstatcache();
var_dump(filesize($f));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_raw_layout.q'); ?>
--EXPECT--
int(8)
int(0)
int(8)
int(16)
string(48) "616263000000000064650000000000003132333435363738"
int(3)
string(8) "12345678"
int(16)
string(2) "de"
string(16) "6162630000000000"
FileQ\TooLargeException
int(8)
