--TEST--
The SysV handle classes are final, not clonable, not serializable, and throw when not constructed; Ipc cannot be instantiated
--EXTENSIONS--
fileq
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$objects = [new FileQ\MessageQueue($key), new FileQ\SharedMemory($key, 1000), new FileQ\Semaphore($key)];
try {
    foreach ($objects as $o) {
        $r = new ReflectionClass($o);
        echo $r->getName(), ': final ', var_export($r->isFinal(), true);
        try {
            clone $o;
        } catch (Error $e) {
            echo ', ', $e->getMessage();
        }
        try {
            serialize($o);
        } catch (Exception $e) {
            echo ', ', $e->getMessage();
        }
        try {
            $r->newInstanceWithoutConstructor()->getKey();
        } catch (ReflectionException $e) {
            echo ', ', $e->getMessage();
        }
        try {
            $o->__construct($key);
        } catch (Error $e) {
            echo ', ', $e->getMessage();
        }
        echo "\n";
    }
    try {
        new FileQ\Ipc();
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
} finally {
    foreach ($objects as $o) {
        $o->remove();
    }
}
?>
--EXPECT--
FileQ\MessageQueue: final true, Trying to clone an uncloneable object of class FileQ\MessageQueue, Serialization of 'FileQ\MessageQueue' is not allowed, Class FileQ\MessageQueue is an internal class marked as final that cannot be instantiated without invoking its constructor, FileQ\MessageQueue is already constructed
FileQ\SharedMemory: final true, Trying to clone an uncloneable object of class FileQ\SharedMemory, Serialization of 'FileQ\SharedMemory' is not allowed, Class FileQ\SharedMemory is an internal class marked as final that cannot be instantiated without invoking its constructor, FileQ\SharedMemory is already constructed
FileQ\Semaphore: final true, Trying to clone an uncloneable object of class FileQ\Semaphore, Serialization of 'FileQ\Semaphore' is not allowed, Class FileQ\Semaphore is an internal class marked as final that cannot be instantiated without invoking its constructor, FileQ\Semaphore is already constructed
Call to private FileQ\Ipc::__construct() from global scope
