--TEST--
seed API: one descriptor per queue file, kept across calls; a replaced file is reopened
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!is_dir('/proc/self/fd')) die('skip needs /proc/self/fd');
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
file_put_contents("$base.q", '');
file_put_contents("$base.other", '');
$cron_requests_events_settings['queue_file'] = "$base.q";
// Descriptors of regular files only: a file used long enough also sets up the
// thread's change watch (one io_uring and one inotify descriptor, where available).
$fds = function () {
    $n = 0;
    foreach (scandir('/proc/self/fd') as $fd) {
        $target = @readlink("/proc/self/fd/$fd");
        $n += $fd[0] !== '.' && is_string($target) && $target[0] === '/' && is_file($target);
    }
    return $n;
};
$watch = function () {
    $n = 0;
    foreach (scandir('/proc/self/fd') as $fd) {
        $n += $fd[0] !== '.' && str_starts_with((string) @readlink("/proc/self/fd/$fd"), 'anon_inode:');
    }
    return $n;
};
$watch_before = $watch();

$before = $fds();
queue_address_push('first', 8);
$opened = $fds();
for ($i = 0; $i < 300; $i++) {
    queue_address_push("f$i", 8, PHP_INT_MAX, $i % 3 ? '' : function ($fh) {});
    queue_address_pop(8, $i % 2 ? PHP_INT_MAX : 0);
}
echo "descriptors opened by the first call: ", $opened - $before, "\n";
echo "descriptors opened by 600 more calls: ", $fds() - $opened, "\n";

// another file: one more descriptor
$cron_requests_events_settings['queue_file'] = "$base.other";
queue_address_push('other', 8);
echo "second file: ", $fds() - $opened, "\n";

// the file replaced under the cached descriptor: the next call sees the new one
$cron_requests_events_settings['queue_file'] = "$base.q";
file_put_contents("$base.new", str_pad('replaced', 8, "\0"));
rename("$base.new", "$base.q");
var_dump(queue_address_pop(8));
clearstatcache();
var_dump(filesize("$base.q"));
echo "after the replacement: ", $fds() - $opened, "\n";
// a few hundred calls: no watch yet (it would cost the process milliseconds at exit)
echo "watch descriptors for both files: ", $watch() - $watch_before, "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.q");
@unlink("$base.other");
@unlink("$base.new");
?>
--EXPECT--
descriptors opened by the first call: 1
descriptors opened by 600 more calls: 0
second file: 1
string(8) "replaced"
int(0)
after the replacement: 1
watch descriptors for both files: 0
