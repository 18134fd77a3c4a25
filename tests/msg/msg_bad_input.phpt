--TEST--
MessageQueue: out-of-range arguments are ValueErrors
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
check(fn() => new FileQ\MessageQueue(0x100000000));
check(fn() => new FileQ\MessageQueue(-0x80000001));
check(fn() => new FileQ\MessageQueue(1, 01000));
check(fn() => new FileQ\MessageQueue(1, -1));
check(fn() => FileQ\MessageQueue::exists(PHP_INT_MAX));
check(fn() => FileQ\MessageQueue::fromPath(__FILE__, 'xy'));
check(fn() => FileQ\MessageQueue::fromPath(''));
$q = new FileQ\MessageQueue(ftok(__FILE__, 'x'));
try {
    check(fn() => $q->send('m', 0));
    check(fn() => $q->send('m', -5));
    check(fn() => $q->receive(0, 0));
    check(fn() => $q->receive(0, -1));
    check(fn() => $q->receive(0, 100, true, -2));
    check(fn() => $q->receive(0, 100, true, NAN));
    check(fn() => $q->receive(0, 100, true, 0, 64));
    check(fn() => $q->setMaxBytes(0));
    try {
        FileQ\MessageQueue::fromPath(__DIR__ . '/no/such/file');
    } catch (FileQ\IOException $e) {
        echo get_class($e), ' ', $e->getCode(), "\n";
    }
    var_dump(count($q));
} finally {
    $q->remove();
}
?>
--EXPECT--
FileQ\MessageQueue::__construct(): Argument #1 ($key) must be between -0x80000000 and 0xFFFFFFFF (a 32-bit SysV key)
FileQ\MessageQueue::__construct(): Argument #1 ($key) must be between -0x80000000 and 0xFFFFFFFF (a 32-bit SysV key)
FileQ\MessageQueue::__construct(): Argument #2 ($permissions) must be between 0 and 0o777
FileQ\MessageQueue::__construct(): Argument #2 ($permissions) must be between 0 and 0o777
FileQ\MessageQueue::exists(): Argument #1 ($key) must be between -0x80000000 and 0xFFFFFFFF (a 32-bit SysV key)
FileQ\MessageQueue::fromPath(): Argument #2 ($project) must be a one character string
FileQ\MessageQueue::fromPath(): Argument #1 ($path) must not be empty
FileQ\MessageQueue::send(): Argument #2 ($type) must be greater than 0
FileQ\MessageQueue::send(): Argument #2 ($type) must be greater than 0
FileQ\MessageQueue::receive(): Argument #2 ($maxSize) must be between 1 and 2147483647
FileQ\MessageQueue::receive(): Argument #2 ($maxSize) must be between 1 and 2147483647
FileQ\MessageQueue::receive(): Argument #4 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\MessageQueue::receive(): Argument #4 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
FileQ\MessageQueue::receive(): Argument #5 ($flags) must be a combination of MessageQueue::EXCEPT and MessageQueue::NOERROR
FileQ\MessageQueue::setMaxBytes(): Argument #1 ($bytes) must be greater than 0
FileQ\IOException 2
int(0)
