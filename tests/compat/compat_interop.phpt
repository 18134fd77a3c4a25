--TEST--
compat: a process using the real extensions and one using fileq's share queues, segments and semaphores
--SKIPIF--
<?php
foreach (['sysvmsg', 'sysvsem', 'sysvshm', 'fileq'] as $e) {
    if (!is_file(ini_get('extension_dir') . "/$e.so")) die("skip $e.so not in extension_dir");
}
?>
--FILE--
<?php
$key = ftok(__FILE__, 'i');
$dir = ini_get('extension_dir');

/* Runs $code in a sub-process with the real extensions (real) or with fileq's stand-ins, $key as $argv[1]. */
function side(string $who, string $code): void
{
    global $key, $dir;
    $cmd = [PHP_BINARY, '-n', '-d', "extension_dir=$dir"];
    foreach ($who === 'real' ? ['sysvmsg', 'sysvsem', 'sysvshm'] : ['fileq'] as $e) {
        array_push($cmd, '-d', "extension=$e");
    }
    $code = 'if ((new ReflectionFunction("msg_send"))->getExtensionName() !== ' . var_export($who === 'real' ? 'sysvmsg' : 'fileq', true)
        . ') { echo "wrong provider\n"; } $key = (int) $argv[1]; ' . $code;
    $p = proc_open(array_merge($cmd, ['-r', $code, '--', (string) $key]), [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo "[$who] ", stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    proc_close($p);
}

$value = ['n' => 42, 'f' => 1.5, 's' => "bytes\0here", 'o' => new ArrayObject([1])];
$send = 'msg_send(msg_get_queue($key), 7, unserialize(' . var_export(serialize($value), true) . ')); echo "sent\n";';
$recv = 'msg_receive(msg_get_queue($key), 0, $t, 4096, $m); echo $t, " ", md5(serialize($m)), "\n";';
$put = '$m = shm_attach($key, 4096); shm_put_var($m, 1, unserialize(' . var_export(serialize($value), true) . ')); shm_put_var($m, 2, "two"); shm_put_var($m, 1, "one again"); echo "put\n";';
$get = '$m = shm_attach($key); var_dump(shm_get_var($m, 2), shm_get_var($m, 1), shm_has_var($m, 3)); shm_put_var($m, 3, [3]); shm_remove_var($m, 2);';
$get2 = '$m = shm_attach($key); var_dump(shm_has_var($m, 2), shm_get_var($m, 3), shm_get_var($m, 1));';
echo md5(serialize($value)), "\n";
try {
    echo "-- messages\n";
    side('real', $send);
    side('fileq', $recv);
    side('fileq', $send);
    side('real', $recv);
    echo "-- shared memory\n";
    side('real', $put);
    side('fileq', $get);
    side('real', $get2);
    side('fileq', 'shm_remove(shm_attach($key)); echo "removed\n";');
    side('fileq', $put);
    side('real', $get);
    side('fileq', $get2);
    echo "-- semaphores: this process (fileq) holds one, a real sysvsem process waits for it\n";
    $s = sem_get($key, 1);
    var_dump(sem_acquire($s));
    side('real', '$s = sem_get($key); var_dump(sem_acquire($s, true));');
    var_dump(sem_release($s));
    side('real', '$s = sem_get($key); var_dump(sem_acquire($s, true)); /* auto_release gives it back */');
    side('real', '$s = sem_get($key, 1, 0666, false); var_dump(sem_acquire($s, true)); sleep(0); /* the kernel undoes it at exit */');
    var_dump(sem_acquire($s, true), sem_acquire($s, true));
    unset($s);
} finally {
    side('real', 'msg_remove_queue(msg_get_queue($key)); shm_remove(shm_attach($key)); sem_remove(sem_get($key)); echo "cleaned\n";');
}
?>
--EXPECT--
a78ac83f84f2f7f98cff1788131dd777
-- messages
[real] sent
[fileq] 7 a78ac83f84f2f7f98cff1788131dd777
[fileq] sent
[real] 7 a78ac83f84f2f7f98cff1788131dd777
-- shared memory
[real] put
[fileq] string(3) "two"
string(9) "one again"
bool(false)
[real] bool(false)
array(1) {
  [0]=>
  int(3)
}
string(9) "one again"
[fileq] removed
[fileq] put
[real] string(3) "two"
string(9) "one again"
bool(false)
[fileq] bool(false)
array(1) {
  [0]=>
  int(3)
}
string(9) "one again"
-- semaphores: this process (fileq) holds one, a real sysvsem process waits for it
bool(true)
[real] bool(false)
bool(true)
[real] bool(true)
[real] bool(true)
bool(true)
bool(false)
[real] cleaned
