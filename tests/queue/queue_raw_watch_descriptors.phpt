--TEST--
FileQ\Queue RAW: the change watch comes after 2048 looks at a queue, takes one io_uring and one inotify descriptor per thread (close-on-exec, shared by all queues) and keeps them when the queues close
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!is_dir('/proc/self/fdinfo')) die('skip needs /proc');
if (getenv('FILEQ_WATCH') === '0') die('skip the watch is turned off (FILEQ_WATCH=0)');
if (version_compare(php_uname('r'), '5.19', '<')) die('skip io_uring polling of inotify needs Linux 5.19');
if (trim((string) @file_get_contents('/proc/sys/kernel/io_uring_disabled')) > '0') die('skip io_uring is disabled');
?>
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$watch = function (): array {
    $out = [];
    foreach (scandir('/proc/self/fd') as $fd) {
        $target = (string) @readlink("/proc/self/fd/$fd");
        if (preg_match('/^\d+$/', $fd) && preg_match('/^anon_inode:(\[io_uring\]|inotify)$/', $target)) {
            preg_match('/^flags:\s+([0-7]+)/m', file_get_contents("/proc/self/fdinfo/$fd"), $m);
            $out[] = [$target, (octdec($m[1]) & 02000000) !== 0];
        }
    }
    sort($out);
    return $out;
};
$before = count($watch());
$queues = [];
for ($i = 0; $i < 5; $i++) {
    $queues[$i] = new FileQ\Queue("$base.$i", 16, FileQ\Queue::RAW);
    $queues[$i]->push("m$i");
}
// a few calls pay no watch: its instance would cost milliseconds at exit
echo "after 1 call each: ", count($watch()) - $before, "\n";
for ($n = 0; $n < 2047; $n++) {
    $queues[0]->count();
}
echo "after 2048 looks at one queue: ", count($watch()) - $before, "\n";
$now = $watch();
echo json_encode(array_column($now, 0)), "\n";
echo "all close-on-exec: ", json_encode(array_reduce($now, fn ($ok, $d) => $ok && $d[1], true)), "\n";
foreach ($queues as $q) {
    for ($n = 0; $n < 2048; $n++) {
        $q->count();
    }
}
echo "five queues watched: ", count($watch()) - $before, "\n";
foreach ($queues as $i => $q) {
    echo $q->pop(), ' ';
}
echo "\n";
$queues = [];
unset($q);
echo "after closing: ", count($watch()) - $before, "\n";
?>
--CLEAN--
<?php
for ($i = 0; $i < 5; $i++) {
    @unlink(__DIR__ . "/queue_raw_watch_descriptors.$i");
}
?>
--EXPECT--
after 1 call each: 0
after 2048 looks at one queue: 2
["anon_inode:[io_uring]","anon_inode:inotify"]
all close-on-exec: true
five queues watched: 2
m0 m1 m2 m3 m4 
after closing: 2
