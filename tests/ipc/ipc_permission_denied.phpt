--TEST--
SharedMemory and Semaphore another user may not use: IOException EACCES naming the key
--EXTENSIONS--
fileq
posix
pcntl
--SKIPIF--
<?php
// under valgrind (run-tests -m) the child that becomes another user trips valgrind itself:
// its shmat wrapper needs IPC_STAT first, and it cannot unlink its vgdb pipes after setuid
if (getenv('ZEND_DONT_UNLOAD_MODULES') || getenv('FILEQ_VALGRIND')) die('skip not under valgrind');
?>
--INI--
pcre.jit=0
--FILE--
<?php
$km = ftok(__FILE__, 'm');
$ks = ftok(__FILE__, 's');
$m = new FileQ\SharedMemory($km, 1000, 0600);
$s = new FileQ\Semaphore($ks, 1, 0600);
$m->put(1, 'secret');
try {
    $pid = pcntl_fork();
    if ($pid === 0) {
        if (posix_getuid() === 0) {
            posix_setgid(65534);
            posix_setuid(65534);   // root is never refused: become nobody
        }
        foreach (['shm' => fn() => new FileQ\SharedMemory($km), 'sem' => fn() => new FileQ\Semaphore($ks)] as $what => $fn) {
            try {
                $fn();
                echo "$what: opened?\n";
            } catch (FileQ\IOException $e) {
                printf("%s: %s %s\n", $what, $e->getCode() === 13 ? 'EACCES' : $e->getCode(), preg_replace('/0x[0-9a-f]+/', 'KEY', $e->getMessage()));
            }
        }
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    var_dump($m->get(1), $s->getValue());
} finally {
    $m->remove();
    $s->remove();
}
?>
--EXPECTF--
shm: EACCES shmat on shared memory key KEY (id %d): Permission denied
sem: EACCES semget on semaphore key KEY: Permission denied
string(6) "secret"
int(1)
