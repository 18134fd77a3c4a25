--TEST--
FileQ\Queue: a damaged header or a truncated file is a FileQ\CorruptException
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$q->push('x');
unset($q);
$good = file_get_contents($f);
$cases = [
    'frame size byte' => substr_replace($good, "\x7f", 16, 1),
    'version' => substr_replace($good, "\x09", 8, 1),
    'truncated' => substr($good, 0, 1000),
];
foreach ($cases as $what => $bytes) {
    file_put_contents($f, $bytes);
    try {
        new FileQ\Queue($f, 64);
        echo "$what: opened\n";
    } catch (FileQ\CorruptException $e) {
        echo "$what: ", str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
file_put_contents($f, $good);
$q = new FileQ\Queue($f, 64);
file_put_contents($f, substr($good, 0, 100));   // truncated under an open queue
usleep(150000);                                  // the path is looked at again every 100 ms
try {
    $q->push('y');
} catch (FileQ\CorruptException $e) {
    echo "open queue: ", str_replace($f, 'FILE', $e->getMessage()), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_corrupt_header.q'); ?>
--EXPECT--
frame size byte: queue 'FILE' is corrupt: header checksum mismatch
version: queue 'FILE' is corrupt: header checksum mismatch
truncated: queue 'FILE' is corrupt: truncated to 1000 bytes
open queue: queue 'FILE' is corrupt: truncated to 100 bytes
