--TEST--
SharedMemory: after remove() the object throws, remove() too (while another process still has the segment attached, and after: its id may name another segment by then); the key then names a new segment
--EXTENSIONS--
fileq
--INI--
pcre.jit=0
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$m = new FileQ\SharedMemory($key, 1000);
$m->put(1, 'old');
$id = $m->getId();
$other = new FileQ\SharedMemory($key, 1000);  // another attachment: the segment outlives the first remove()
$m->remove();
$removeAgain = function () use ($m, &$other) {
    $other = null;  // the last attachment gone: the segment with it
    $m->remove();
};
foreach (['get' => fn() => $m->get(1), 'put' => fn() => $m->put(1, 2), 'has' => fn() => $m->has(1), 'remove' => fn() => $m->remove(), 'remove, segment gone' => $removeAgain] as $op => $fn) {
    try {
        $fn();
        echo "$op: ok?\n";
    } catch (FileQ\Exception $e) {
        echo "$op: ", get_class($e), ': ', preg_replace('/0x[0-9a-f]+ \(id \d+\)/', 'KEY', $e->getMessage()), "\n";
    }
}
$n = new FileQ\SharedMemory($key, 1000);
try {
    var_dump($n->getKey() === $key, $n->has(1));
} finally {
    $n->remove();
}
?>
--EXPECT--
get: FileQ\Exception: shared memory key KEY is no longer attached (removed)
put: FileQ\Exception: shared memory key KEY is no longer attached (removed)
has: FileQ\Exception: shared memory key KEY is no longer attached (removed)
remove: FileQ\Exception: shared memory key KEY is no longer attached (removed)
remove, segment gone: FileQ\Exception: shared memory key KEY is no longer attached (removed)
bool(true)
bool(false)
