--TEST--
SharedMemory: a value that does not fit is refused with TooLargeException and nothing is changed (sysvshm would lose the old value)
--EXTENSIONS--
fileq
--INI--
pcre.jit=0
--FILE--
<?php
$m = new FileQ\SharedMemory(ftok(__FILE__, 'x'), 500);
try {
    $m->put(1, 'keep me');
    $m->put(2, str_repeat('a', 200));
    $before = $m->stat();
    foreach ([3 => str_repeat('b', 600), 2 => str_repeat('c', 450), 4 => str_repeat('d', 250)] as $k => $v) {
        try {
            $m->put($k, $v);
            echo "stored $k?\n";
        } catch (FileQ\TooLargeException $e) {
            echo get_class($e), ": ", preg_replace('/0x[0-9a-f]+ \(id \d+\)/', 'KEY', $e->getMessage()), "\n";
        }
    }
    var_dump($m->get(1), strlen($m->get(2)), $m->has(3), $m->has(4), $m->stat() === $before);
    $m->put(2, str_repeat('e', 300));     // fits once the old value's room is counted
    var_dump(strlen($m->get(2)), $m->get(1));
} finally {
    $m->remove();
}
?>
--EXPECT--
FileQ\TooLargeException: shared memory key KEY: a value of 609 bytes is larger than the segment (500 bytes)
FileQ\TooLargeException: shared memory key KEY: a value of 459 bytes needs 496 bytes, 412 are free
FileQ\TooLargeException: shared memory key KEY: a value of 259 bytes needs 296 bytes, 164 are free
string(7) "keep me"
int(200)
bool(false)
bool(false)
bool(true)
int(300)
string(7) "keep me"
