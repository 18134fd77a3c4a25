--TEST--
FileQ\Queue is final and cannot be cloned, serialized or given dynamic properties
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$r = new ReflectionClass($q);
var_dump($r->isFinal());
$tries = [
    fn() => clone $q,
    fn() => serialize($q),
    fn() => $q->dynamic = 1,
    fn() => $q->__construct($f),
];
foreach ($tries as $try) {
    try {
        $try();
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_handle_object.q'); ?>
--EXPECT--
bool(true)
Error: Trying to clone an uncloneable object of class FileQ\Queue
Exception: Serialization of 'FileQ\Queue' is not allowed
Error: Cannot create dynamic property FileQ\Queue::$dynamic
Error: FileQ\Queue is already constructed
