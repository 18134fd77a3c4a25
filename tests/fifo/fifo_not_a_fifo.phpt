--TEST--
FileQ\Fifo on a path that is a regular file or a directory: FileQ\IOException naming the path
--EXTENSIONS--
fileq
--CLEAN--
<?php
@unlink(__DIR__ . '/fifo_not_a_fifo.file');
@rmdir(__DIR__ . '/fifo_not_a_fifo.dir');
?>
--FILE--
<?php
use FileQ\Fifo;

$base = __DIR__ . '/' . basename(__FILE__, '.php');
file_put_contents("$base.file", "regular data");
mkdir("$base.dir");
foreach (["$base.file", "$base.dir"] as $path) {
    try {
        new Fifo($path);
        echo "accepted\n";
    } catch (FileQ\Exception $e) {
        echo get_class($e), " (errno ", $e->getCode(), "): ", str_replace(__DIR__, 'DIR', $e->getMessage()), "\n";
    }
}
var_dump(file_get_contents("$base.file"), is_dir("$base.dir"));
?>
--EXPECT--
FileQ\IOException (errno 17): mkfifo 'DIR/fifo_not_a_fifo.file': exists and is not a FIFO (it is a regular file)
FileQ\IOException (errno 17): mkfifo 'DIR/fifo_not_a_fifo.dir': exists and is not a FIFO (it is a directory)
string(12) "regular data"
bool(true)
