--TEST--
MessageQueue: a removed queue gives an exception naming the key and EIDRM, also to a receiver blocked on it
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$q = new FileQ\MessageQueue($key);
$pid = pcntl_fork();
if ($pid === 0) {
    try {
        (new FileQ\MessageQueue($key))->receive();
        echo "child: received?\n";
    } catch (FileQ\IOException $e) {
        echo "child: ", get_class($e), " ", $e->getCode() === 43 ? "EIDRM" : $e->getCode(), "\n";
    }
    exit(0);
}
usleep(300000);
$q->remove();
pcntl_waitpid($pid, $status);
var_dump(FileQ\MessageQueue::exists($key));
foreach (['send' => fn() => $q->send('x'), 'receive' => fn() => $q->receive(0, 10, true, 0), 'count' => fn() => count($q), 'remove' => fn() => $q->remove()] as $what => $fn) {
    try {
        $fn();
        echo "$what: no exception\n";
    } catch (FileQ\IOException $e) {
        printf("%s: %s (%d)\n", $what, $e->getMessage(), $e->getCode());
    }
}
?>
--EXPECTF--
child: FileQ\IOException EIDRM
bool(false)
send: msgsnd on queue key 0x%x (id %d): Identifier removed (43)
receive: msgrcv on queue key 0x%x (id %d): Identifier removed (43)
count: msgctl(IPC_STAT) on queue key 0x%x (id %d): Identifier removed (43)
remove: msgctl(IPC_RMID) on queue key 0x%x (id %d): Identifier removed (43)
