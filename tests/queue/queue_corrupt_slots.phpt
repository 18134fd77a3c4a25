--TEST--
FileQ\Queue: one damaged commit slot falls back to the other; both damaged is a FileQ\CorruptException
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
$q->push('one');
$q->push('two');    // the newest slot now says 2 frames, the other one 1
unset($q);
$good = file_get_contents($f);
// Slots are 128 bytes at offsets 32 and 160; find the newest by its generation.
$genA = unpack('P', $good, 32)[1];
$genB = unpack('P', $good, 160)[1];
$newest = $genA > $genB ? 32 : 160;
$older = $newest === 32 ? 160 : 32;
file_put_contents($f, substr_replace($good, "\xAA", $newest + 16, 1));
$q = new FileQ\Queue($f, 64);
var_dump(count($q), $q->pop());
unset($q);
file_put_contents($f, substr_replace(substr_replace($good, "\xAA", $newest + 16, 1), "\xAA", $older + 16, 1));
try {
    new FileQ\Queue($f, 64);
} catch (FileQ\CorruptException $e) {
    echo str_replace($f, 'FILE', $e->getMessage()), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_corrupt_slots.q'); ?>
--EXPECT--
int(1)
string(3) "one"
queue 'FILE' is corrupt: both commit slots are damaged
