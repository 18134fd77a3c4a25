--TEST--
FileQ\Fifo in a directory that does not exist: FileQ\IOException with errno ENOENT
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Fifo;

$path = __DIR__ . '/fifo_missing_dir.nodir/pipe';
try {
    new Fifo($path);
} catch (FileQ\IOException $e) {
    echo get_class($e), " (", $e->getCode(), "): ", str_replace(__DIR__, 'DIR', $e->getMessage()), "\n";
}
var_dump(file_exists(dirname($path)));
?>
--EXPECT--
FileQ\IOException (2): mkfifo 'DIR/fifo_missing_dir.nodir/pipe': No such file or directory
bool(false)
