--TEST--
FileQ\Queue: a directory where the file should be is a FileQ\IOException
--EXTENSIONS--
fileq
--FILE--
<?php
$d = __DIR__ . '/' . basename(__FILE__, '.php') . '.dir';
@mkdir($d);
try {
    new FileQ\Queue($d);
} catch (FileQ\IOException $e) {
    echo get_class($e), ': ', str_replace($d, 'DIR', $e->getMessage()), ' (', $e->getCode(), ")\n";
}
var_dump(is_dir($d));
?>
--CLEAN--
<?php @rmdir(__DIR__ . '/queue_directory_path.dir'); ?>
--EXPECT--
FileQ\IOException: open 'DIR': Is a directory (21)
bool(true)
