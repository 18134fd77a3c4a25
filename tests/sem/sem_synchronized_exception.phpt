--TEST--
Semaphore::synchronized() returns the callable's result and releases on an exception (or when the callable released itself)
--EXTENSIONS--
fileq
--FILE--
<?php
$s = new FileQ\Semaphore(ftok(__FILE__, 'x'));
try {
    var_dump($s->synchronized(fn(FileQ\Semaphore $sem) => [$sem === $s, $sem->isHeld(), $sem->getValue()]));
    var_dump($s->isHeld(), $s->getValue());
    try {
        $s->synchronized(function () { throw new DomainException('inside'); });
    } catch (DomainException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump($s->isHeld(), $s->getValue());
    $s->synchronized(function ($sem) { $sem->release(); });   // released early: not released twice
    var_dump($s->isHeld(), $s->getValue());
    var_dump($s->synchronized('strtoupper') ?? null);
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
} finally {
    var_dump($s->isHeld(), $s->getValue());
    $s->remove();
}
?>
--EXPECT--
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
  [2]=>
  int(0)
}
bool(false)
int(1)
DomainException: inside
bool(false)
int(1)
bool(false)
int(1)
TypeError: strtoupper(): Argument #1 ($string) must be of type string, FileQ\Semaphore given
bool(false)
int(1)
