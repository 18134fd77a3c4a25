--TEST--
FileQ\Queue: a foreign file is a FileQ\CorruptException and is not modified
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
foreach (["name,value\nalpha,1\n", str_repeat("\xff", 5000), 'FILE'] as $content) {
    file_put_contents($f, $content);
    try {
        new FileQ\Queue($f);
    } catch (FileQ\CorruptException $e) {
        echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
    var_dump(file_get_contents($f) === $content);
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_foreign_file.q'); ?>
--EXPECT--
FileQ\CorruptException: 'FILE' is not a fileq queue file (no fileq header)
bool(true)
FileQ\CorruptException: 'FILE' is not a fileq queue file (no fileq header)
bool(true)
FileQ\CorruptException: 'FILE' is not a fileq queue file (no fileq header)
bool(true)
