--TEST--
Semaphore: acquire/release, isHeld, getValue, maxAcquire, release when not held
--EXTENSIONS--
fileq
--INI--
pcre.jit=0
--FILE--
<?php
$s = new FileQ\Semaphore(ftok(__FILE__, 'x'), 2);
try {
    var_dump($s->getValue(), $s->isHeld());
    var_dump($s->acquire(), $s->acquire(0), $s->getValue(), $s->isHeld());
    var_dump($s->acquire(0));           // both places taken
    $s->release();
    $s->release();
    var_dump($s->getValue(), $s->isHeld());
    try {
        $s->release();
    } catch (FileQ\Exception $e) {
        echo get_class($e), ': ', preg_replace('/0x[0-9a-f]+ \(id \d+\)/', 'KEY', $e->getMessage()), "\n";
    }
    var_dump($s->getKey() === ftok(__FILE__, 'x'));
} finally {
    $s->remove();
}
?>
--EXPECT--
int(2)
bool(false)
bool(true)
bool(true)
int(0)
bool(true)
bool(false)
int(2)
bool(false)
FileQ\Exception: semaphore key KEY is not currently acquired
bool(true)
