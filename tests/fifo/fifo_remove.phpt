--TEST--
FileQ\Fifo: an existing FIFO is reused; remove() unlinks it, a second remove() is a no-op, a non-FIFO is left alone
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_remove.fifo'); ?>
--FILE--
<?php
use FileQ\Fifo;

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$a = new Fifo($path);
$b = new Fifo($path);   // exists: reused
var_dump(filetype($path));
$a->remove();
var_dump(file_exists($path));
$b->remove();
echo "second remove: no error\n";
// Replaced by a regular file behind the object's back: not removed.
file_put_contents($path, 'data');
try {
    $a->remove();
} catch (FileQ\IOException $e) {
    echo str_replace($path, 'PATH', $e->getMessage()), "\n";
}
var_dump(file_get_contents($path));
foreach (['read' => fn() => $a->read(1, 0), 'write' => fn() => $a->write('x', 0)] as $op => $call) {
    try {
        $call();
    } catch (FileQ\Exception $e) {
        echo "$op: ", get_class($e), ": ", str_replace($path, 'PATH', $e->getMessage()), "\n";
    }
}
?>
--EXPECT--
string(4) "fifo"
bool(false)
second remove: no error
unlink 'PATH': exists and is not a FIFO (it is a regular file)
string(4) "data"
read: FileQ\IOException: open 'PATH': exists and is not a FIFO (it is a regular file)
write: FileQ\IOException: open 'PATH': exists and is not a FIFO (it is a regular file)
