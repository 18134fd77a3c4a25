--TEST--
FileQ\Fifo: bad lengths, timeouts and permissions are ValueErrors
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_arguments.fifo'); ?>
--FILE--
<?php
use FileQ\Fifo;

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path);
$calls = [
    'read(0)' => fn() => $fifo->read(0),
    'read(-5)' => fn() => $fifo->read(-5),
    'read(1, -2)' => fn() => $fifo->read(1, -2),
    'read(1, NAN)' => fn() => $fifo->read(1, NAN),
    'write(x, -0.5)' => fn() => $fifo->write('x', -0.5),
    'new Fifo("")' => fn() => new Fifo(''),
    'new Fifo(path, 0o10000)' => fn() => new Fifo($path, 0o10000),
    'new Fifo(path, -1)' => fn() => new Fifo($path, -1),
];
try {
    foreach ($calls as $name => $call) {
        try {
            $call();
            echo "$name: accepted\n";
        } catch (ValueError $e) {
            echo "$name: ", $e->getMessage(), "\n";
        }
    }
    try {
        new Fifo("$path\0tail");
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
} finally {
    $fifo->remove();
}
?>
--EXPECT--
read(0): FileQ\Fifo::read(): Argument #1 ($length) must be greater than 0
read(-5): FileQ\Fifo::read(): Argument #1 ($length) must be greater than 0
read(1, -2): FileQ\Fifo::read(): Argument #2 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
read(1, NAN): FileQ\Fifo::read(): Argument #2 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
write(x, -0.5): FileQ\Fifo::write(): Argument #2 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
new Fifo(""): FileQ\Fifo::__construct(): Argument #1 ($path) must not be empty
new Fifo(path, 0o10000): FileQ\Fifo::__construct(): Argument #2 ($permissions) must be between 0 and 0o777 (no set-id or sticky bit)
new Fifo(path, -1): FileQ\Fifo::__construct(): Argument #2 ($permissions) must be between 0 and 0o777 (no set-id or sticky bit)
FileQ\Fifo::__construct(): Argument #1 ($path) must not contain any null bytes
