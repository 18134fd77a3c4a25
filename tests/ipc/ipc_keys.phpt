--TEST--
SysV keys: 0x80000000..0xFFFFFFFF and their negative int32 twins name the same object, reported in ftok's signed form
--EXTENSIONS--
fileq
--FILE--
<?php
$unsigned = (ftok(__FILE__, 'x') & 0x7FFFFFFF) | 0x80000000;
$signed = $unsigned - 0x100000000;
$a = new FileQ\MessageQueue($unsigned);
try {
    $b = new FileQ\MessageQueue($signed);
    var_dump($a->getId() === $b->getId(), $a->getKey() === $signed, FileQ\MessageQueue::exists($unsigned));
    $found = array_filter(FileQ\Ipc::list()['msg'], fn($e) => $e['key'] === $signed);
    var_dump(count($found));
} finally {
    $a->remove();
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(1)
