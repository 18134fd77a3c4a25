--TEST--
FileQ\Queue: a file that starts with NUL bytes is re-created only when it is what a creator killed half-way leaves (all zero, or its unfinished header); someone's data, or a used queue whose magic was damaged, is a CorruptException and stays as it was
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$cases = [
    'foreign data after 8 NUL bytes' => function () use ($f) {
        file_put_contents($f, str_repeat("\0", 8) . 'someone else\'s data, 39 bytes long!!');
    },
    'a used queue, its magic zeroed' => function () use ($f) {
        @unlink($f);
        $q = new FileQ\Queue($f, 64);
        $q->updateBoot(fn () => ['workers' => [1, 2, 3]]);
        unset($q);
        $h = fopen($f, 'r+');
        fwrite($h, str_repeat("\0", 8));
        fclose($h);
    },
    'all zero, 100 bytes' => function () use ($f) {
        file_put_contents($f, str_repeat("\0", 100));
    },
];
foreach ($cases as $what => $make) {
    $make();
    $before = file_get_contents($f);
    try {
        $q = new FileQ\Queue($f, 64);
        $q->push('x');
        echo "$what: a queue now, count ", count($q), "\n";
        unset($q);
    } catch (FileQ\CorruptException $e) {
        clearstatcache();
        echo "$what: ", get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), '; unchanged: ',
            json_encode(file_get_contents($f) === $before), "\n";
    }
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_foreign_nul_prefix.q'); ?>
--EXPECT--
foreign data after 8 NUL bytes: FileQ\CorruptException: 'FILE' is not a fileq queue file (no fileq header); unchanged: true
a used queue, its magic zeroed: FileQ\CorruptException: 'FILE' is not a fileq queue file (no fileq header); unchanged: true
all zero, 100 bytes: a queue now, count 1
