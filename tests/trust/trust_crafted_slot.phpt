--TEST--
Trust: a commit slot with a valid checksum that claims more frames than the file holds, or a long run of damaged frames, is a CorruptException at once (nothing mapped past the file, bounded work under the lock)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);

/* The next commit slot, written as a writer would (CRC32C and all), with the state given. */
function craft(string $f, array $st): void
{
    $h = file_get_contents($f, false, null, 0, 4096);
    $seq = max(unpack('P', substr($h, 32, 8))[1], unpack('P', substr($h, 160, 8))[1]) + 1;
    $slot = pack('P7V4', $seq, $st['head'], $st['tail'], $st['hwm'], $st['tail'], 0, 0, 0, 0, 0, 0);
    $slot = str_pad($slot, 124, "\0");
    $slot .= strrev(hash('crc32c', $slot, true));
    $fh = fopen($f, 'r+');
    fseek($fh, 32 + ($seq & 1) * 128);
    fwrite($fh, $slot);
    fclose($fh);
}

$live = new FileQ\Queue($f, 64);      // opened before: its next call finds the slot
$live->push('real');
$t = microtime(true);
craft($f, ['head' => 0, 'tail' => 1 << 30, 'hwm' => 1 << 40]);
foreach (['live handle' => fn () => $live->count(), 'new handle' => fn () => new FileQ\Queue($f, 64)] as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (FileQ\CorruptException $e) {
        echo "$what: ", str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
echo "quick: ", json_encode(microtime(true) - $t < 1.0), "\n";

// 100,000 frame slots that hold nothing but zeros (damaged): a pop drops 65,536, then says so
@unlink($f);
$q = new FileQ\Queue($f, 64);
$h = fopen($f, 'r+');
ftruncate($h, 4096 + 100000 * 64);
fclose($h);
craft($f, ['head' => 0, 'tail' => 100000, 'hwm' => 100000]);
$q = new FileQ\Queue($f, 64);
$t = microtime(true);
foreach ([1, 2] as $n) {
    try {
        var_dump($q->pop());
    } catch (FileQ\CorruptException $e) {
        echo "pop $n: ", str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
echo "count: ", count($q), ", dropped: ", $q->stats()['dropped'], "\n";
echo "quick: ", json_encode(microtime(true) - $t < 2.0), "\n";
?>
--CLEAN--
<?php @unlink(__DIR__ . '/trust_crafted_slot.q'); ?>
--EXPECT--
live handle: queue 'FILE' is corrupt: 69632 bytes cannot hold its 1099511627776 frames
new handle: queue 'FILE' is corrupt: 69632 bytes cannot hold its 1099511627776 frames
quick: true
pop 1: queue 'FILE' is corrupt: 65536 damaged frames dropped in one call, more remain
NULL
count: 0, dropped: 100000
quick: true
