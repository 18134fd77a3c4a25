--TEST--
SharedMemory: negative or too small sizes, keys and permissions out of range are ValueErrors
--EXTENSIONS--
fileq
--FILE--
<?php
function check(callable $fn) {
    try {
        $fn();
        echo "no error\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$key = ftok(__FILE__, 'x');
check(fn() => new FileQ\SharedMemory($key, 0));
check(fn() => new FileQ\SharedMemory($key, -100));
check(fn() => new FileQ\SharedMemory($key, 39));
check(fn() => new FileQ\SharedMemory(0x1FFFFFFFF));
check(fn() => new FileQ\SharedMemory($key, 100, 0o1777));
check(fn() => FileQ\SharedMemory::fromPath(__FILE__, '', 100));
check(fn() => FileQ\SharedMemory::fromPath(__FILE__, 'x', -1));
var_dump(FileQ\SharedMemory::MIN_SIZE);
$m = new FileQ\SharedMemory($key, 40);     // the smallest: a head and nothing else
try {
    try {
        $m->put(1, 1);
    } catch (FileQ\TooLargeException $e) {
        echo get_class($e), "\n";
    }
    var_dump($m->keys());
} finally {
    $m->remove();
}
?>
--EXPECT--
FileQ\SharedMemory::__construct(): Argument #2 ($size) must be greater than 0
FileQ\SharedMemory::__construct(): Argument #2 ($size) must be greater than 0
FileQ\SharedMemory::__construct(): Argument #2 ($size) must be at least 40 to create a segment
FileQ\SharedMemory::__construct(): Argument #1 ($key) must be between -0x80000000 and 0xFFFFFFFF (a 32-bit SysV key)
FileQ\SharedMemory::__construct(): Argument #3 ($permissions) must be between 0 and 0o777
FileQ\SharedMemory::fromPath(): Argument #2 ($project) must be a one character string
FileQ\SharedMemory::fromPath(): Argument #3 ($size) must be greater than 0
int(40)
FileQ\TooLargeException
array(0) {
}
