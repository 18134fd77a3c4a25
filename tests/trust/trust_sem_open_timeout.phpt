--TEST--
Trust: another user who may alter a semaphore set and holds its opening protocol's semaphore no longer blocks every new FileQ\Semaphore for ever: a TimeoutException within fileq.lock_timeout + 0.2 s naming the pid; the set opens once it lets go
--EXTENSIONS--
fileq
posix
pcntl
ffi
--SKIPIF--
<?php require __DIR__ . '/attacker.inc'; fq_attacker_skip(); ?>
--INI--
fileq.lock_timeout=0.4
ffi.enable=1
--FILE--
<?php
require __DIR__ . '/attacker.inc';
$key = ftok(__FILE__, 'o');
$sem = new FileQ\Semaphore($key, 1, 0666);   // shared on purpose with other users
$id = $sem->getId();
[$r, $w] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$pid = pcntl_fork();
if ($pid === 0) {
    posix_setgid(FQ_NOBODY);
    posix_setuid(FQ_NOBODY);
    // the attacker raises the protocol's semaphore (number 2, sysvsem's SETVAL) and keeps it (SEM_UNDO: until it dies)
    $libc = FFI::cdef('struct sembuf { unsigned short sem_num; short sem_op; short sem_flg; };
        int semop(int semid, struct sembuf *sops, size_t nsops);', 'libc.so.6');
    $op = $libc->new('struct sembuf');
    $op->sem_num = 2;
    $op->sem_op = 1;
    $op->sem_flg = 0x1000;
    fwrite($w, $libc->semop($id, FFI::addr($op), 1) === 0 ? "raised\n" : "semop failed\n");
    sleep(60);
    posix_kill(posix_getpid(), SIGKILL);
}
echo fgets($r);
$t = microtime(true);
try {
    new FileQ\Semaphore($key);
    echo "opened?\n";
} catch (FileQ\TimeoutException $e) {
    $took = microtime(true) - $t;
    echo str_replace(["pid $pid", sprintf('0x%x', $key), "id $id"], ['pid ATTACKER', 'KEY', 'id ID'], $e->getMessage()),
        $took >= 0.39 && $took < 0.6 ? " [in time]" : sprintf(" [took %.3f s]", $took), "\n";
}
posix_kill($pid, SIGKILL);
pcntl_waitpid($pid, $status);
$again = new FileQ\Semaphore($key);
var_dump($again->acquire(0));
$again->release();
$sem->remove();
?>
--EXPECT--
raised
semaphore key KEY (id ID): its opening protocol was not had within 0.400 s (held by pid ATTACKER) [in time]
bool(true)
