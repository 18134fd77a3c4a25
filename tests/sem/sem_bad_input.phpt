--TEST--
Semaphore: out-of-range maxAcquire, key, permissions and timeouts are ValueErrors; not clonable nor serializable
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
check(fn() => new FileQ\Semaphore($key, 0));
check(fn() => new FileQ\Semaphore($key, 40000));
check(fn() => new FileQ\Semaphore(PHP_INT_MIN));
check(fn() => new FileQ\Semaphore($key, 1, 0o10000));
check(fn() => FileQ\Semaphore::fromPath(__FILE__, 'ab'));
$s = new FileQ\Semaphore($key);
try {
    check(fn() => $s->acquire(-0.5));
    check(fn() => $s->acquire(NAN));
    try {
        clone $s;
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        serialize($s);
    } catch (Exception $e) {
        echo $e->getMessage(), "\n";
    }
    var_dump((new ReflectionClass($s))->isFinal());
} finally {
    $s->remove();
}
?>
--EXPECT--
FileQ\Semaphore::__construct(): Argument #2 ($maxAcquire) must be between 1 and 32767
FileQ\Semaphore::__construct(): Argument #2 ($maxAcquire) must be between 1 and 32767
FileQ\Semaphore::__construct(): Argument #1 ($key) must be between -0x80000000 and 0xFFFFFFFF (a 32-bit SysV key)
FileQ\Semaphore::__construct(): Argument #3 ($permissions) must be between 0 and 0o777
FileQ\Semaphore::fromPath(): Argument #2 ($project) must be a one character string
FileQ\Semaphore::acquire(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\Semaphore::acquire(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
Trying to clone an uncloneable object of class FileQ\Semaphore
Serialization of 'FileQ\Semaphore' is not allowed
bool(true)
