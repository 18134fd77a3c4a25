--TEST--
FileQ\Fifo: writes of Fifo::ATOMIC_SIZE bytes from several processes never interleave
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_atomic_writes.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
$writers = 4;
$messages = 100;
$size = Fifo::ATOMIC_SIZE;
var_dump($size >= 512);
try {
    for ($w = 0; $w < $writers; $w++) {
        Process::fork(function (int $w) use ($path, $messages, $size) {
            $out = new Fifo($path);
            for ($i = 0; $i < $messages; $i++) {
                // One byte repeated: a message mixed with another would show two.
                $out->write(str_repeat(chr(ord('a') + $w), $size));
            }
            return 0;
        }, $w);
    }
    // Read the expected amount: '' (every writer gone) can come between two writers.
    $data = '';
    while (strlen($data) < $writers * $messages * $size) {
        $data .= $fifo->read(65536, 60);
    }
    $codes = Process::waitAll();
    $counts = [];
    $mixed = 0;
    foreach (str_split($data, $size) as $message) {
        if (strlen($message) !== $size || trim($message, $message[0]) !== '') {
            $mixed++;
            continue;
        }
        $counts[$message[0]] = ($counts[$message[0]] ?? 0) + 1;
    }
    ksort($counts);
    var_dump(strlen($data) === $writers * $messages * $size, $mixed, $counts, array_sum($codes));
} finally {
    $fifo->remove();
}
?>
--EXPECT--
bool(true)
bool(true)
int(0)
array(4) {
  ["a"]=>
  int(100)
  ["b"]=>
  int(100)
  ["c"]=>
  int(100)
  ["d"]=>
  int(100)
}
int(0)
