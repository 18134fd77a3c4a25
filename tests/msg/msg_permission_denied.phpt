--TEST--
MessageQueue: a queue the process may not use gives IOException EACCES naming the key
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
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$q = new FileQ\MessageQueue($key, 0600);
try {
    $pid = pcntl_fork();
    if ($pid === 0) {
        if (posix_getuid() === 0) {
            posix_setgid(65534);
            posix_setuid(65534);   // root is never refused: become nobody
        }
        $mine = new FileQ\MessageQueue($key);   // msgget asks for no rights: the operations are checked
        foreach (['send' => fn() => $mine->send('x'), 'receive' => fn() => $mine->receive(0, 10, true, 0), 'stat' => fn() => $mine->stat()] as $what => $fn) {
            try {
                $fn();
                echo "$what: allowed?\n";
            } catch (FileQ\IOException $e) {
                printf("%s: %s %s\n", $what, $e->getCode() === 13 ? 'EACCES' : $e->getCode(), $e->getMessage());
            }
        }
        var_dump(FileQ\MessageQueue::exists($key));
        exit(0);
    }
    pcntl_waitpid($pid, $status);
} finally {
    $q->remove();
}
?>
--EXPECTF--
send: EACCES msgsnd on queue key 0x%x (id %d): Permission denied
receive: EACCES msgrcv on queue key 0x%x (id %d): Permission denied
stat: EACCES msgctl(IPC_STAT) on queue key 0x%x (id %d): Permission denied
bool(true)
