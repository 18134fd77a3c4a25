--TEST--
FileQ\Queue::register(): a pool of 400 live processes, forked in waves, all registered (the boot state grows past the header); members() names exactly them, and none once they exited
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'pcntl_exec', 'posix_kill'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
if (!is_executable('/bin/sleep')) die('skip needs /bin/sleep');
?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$children = [];
for ($wave = 0; $wave < 8; $wave++) {
    [$mine, $theirs] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    for ($i = 0; $i < 50; $i++) {
        $pid = pcntl_fork();
        if ($pid === 0) {
            fclose($mine);
            (new FileQ\Queue($f))->register('workers');
            fwrite($theirs, '1');
            fclose($theirs);
            // Same pid and start time, so still the member; a sleep holds far less memory than PHP.
            pcntl_exec('/bin/sleep', ['600']);
            exit(1);
        }
        $children[] = $pid;
    }
    fclose($theirs);
    echo strlen(stream_get_contents($mine)), ' ';
    fclose($mine);
}
echo "\n";
$members = array_keys($q->members('workers'));
sort($members);
sort($children);
var_dump(count($members), $members === $children, $q->stats()['bootSize'] > 1792);
foreach ($children as $pid) {
    posix_kill($pid, SIGTERM);
    pcntl_waitpid($pid, $status);
}
var_dump($q->members('workers'), $q->stats()['bootSize'] <= 1792);
clearstatcache();
var_dump(filesize($f));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_register_pool.q'); ?>
--EXPECT--
50 50 50 50 50 50 50 50 
int(400)
bool(true)
bool(true)
array(0) {
}
bool(true)
int(4096)
