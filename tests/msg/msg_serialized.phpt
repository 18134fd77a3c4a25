--TEST--
MessageQueue: serialized messages keep their PHP type and arrive in order
--EXTENSIONS--
fileq
--FILE--
<?php
$q = new FileQ\MessageQueue(ftok(__FILE__, 'x'));
try {
    $values = [42, -1.5, "text\0with nul", ['a' => [1, 2]], null, true, new ArrayObject([3])];
    foreach ($values as $v) {
        $q->send($v);
    }
    var_dump(count($q));
    foreach ($values as $v) {
        var_dump($q->receive(allowedClasses: [ArrayObject::class]) == $v);   // objects only of classes allowed
    }
    var_dump(count($q));
} finally {
    $q->remove();
}
?>
--EXPECT--
int(7)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
