--TEST--
FileQ\Queue: a commit slot whose frame count overflows the file size it implies is damaged, not trusted
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$frame = 1 << 24;
new FileQ\Queue($f, $frame);   // header only: both slots say "empty"
$data = file_get_contents($f);
// A slot with a valid checksum claiming 2^40 frames of 2^24 bytes: 4096 + 2^64
// wraps to 4096, which a 4096-byte file "holds". Generation 9 makes it the newest.
$slot = pack('P7', 9, 0, 1, 1 << 40, 1, 0, 0) . str_repeat("\0", 124 - 56);
$slot .= pack('V', hexdec(hash('crc32c', $slot)));
file_put_contents($f, substr_replace($data, $slot, 32, 128));
$q = new FileQ\Queue($f, $frame);  // the other slot (empty queue) wins
var_dump(count($q), $q->pop(), $q->shift());
unset($q);
// Both slots claiming it: the file is corrupt, not a crash.
file_put_contents($f, substr_replace(substr_replace($data, $slot, 32, 128), $slot, 160, 128));
try {
    new FileQ\Queue($f, $frame);
} catch (FileQ\CorruptException $e) {
    echo str_replace($f, 'FILE', $e->getMessage()), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_corrupt_hwm_overflow.q'); ?>
--EXPECT--
int(0)
NULL
NULL
queue 'FILE' is corrupt: both commit slots are damaged
