--TEST--
FileQ\Queue: a commit slot in the wrong place or with an exhausted generation is damaged, not trusted
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
foreach (['one', 'two', 'three'] as $m) {
    $q->push($m);
}
unset($q);
$good = file_get_contents($f);
// An "empty queue" slot with a valid checksum: generation $seq, written over slot $index.
function forge(string $data, int $index, int $seq): string
{
    $slot = pack('P7', $seq, 0, 0, 0, 0, 0, 0) . str_repeat("\0", 124 - 56);
    $slot .= pack('V', hexdec(hash('crc32c', $slot)));
    return substr_replace($data, $slot, 32 + 128 * $index, 128);
}
// Slot generations alternate between the two places (odd ones in slot 1): the
// newest slot is where the current generation's parity says.
$genA = unpack('P', $good, 32)[1];
$genB = unpack('P', $good, 160)[1];
$older = $genA > $genB ? 1 : 0;
foreach ([
    'wrong place' => [$older, max($genA, $genB) + 2],     // newer, but parity says the other slot
    'near wrapping' => [$older, PHP_INT_MAX - ($older === 1 ? 0 : 1)],
] as $what => [$index, $seq]) {
    file_put_contents($f, forge($good, $index, $seq));
    $q = new FileQ\Queue($f, 64);
    echo $what, ': ', count($q), ' ', $q->shift(), "\n";
    unset($q);
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_corrupt_slot_generation.q'); ?>
--EXPECT--
wrong place: 3 one
near wrapping: 3 one
