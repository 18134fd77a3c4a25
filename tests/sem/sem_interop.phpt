--TEST--
Semaphore and sem_get() on the same key are the same semaphore (sysvsem's three-semaphore layout)
--EXTENSIONS--
fileq
sysvsem
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$std = sem_get($key, 1);
$s = new FileQ\Semaphore($key, 1);
try {
    var_dump(sem_acquire($std, true));
    var_dump($s->acquire(0), $s->getValue());
    var_dump(sem_release($std));
    var_dump($s->acquire(0));
    var_dump(sem_acquire($std, true));
    $s->release();
    var_dump(sem_acquire($std, true));
    sem_release($std);
    // a set first made by FileQ\Semaphore with maxAcquire 3 is one sem_get() sees with 3 places
    $k2 = ftok(__FILE__, 'y');
    $three = new FileQ\Semaphore($k2, 3);
    $g = sem_get($k2, 3);
    var_dump(sem_acquire($g, true), sem_acquire($g, true), sem_acquire($g, true), sem_acquire($g, true), $three->getValue());
    sem_remove($g);
} finally {
    $s->remove();
}
?>
--EXPECT--
bool(true)
bool(false)
int(0)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
