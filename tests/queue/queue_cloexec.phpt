--TEST--
FileQ\Queue: the queue's descriptor is opened with O_CLOEXEC
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!is_dir('/proc/self/fdinfo')) die('skip needs /proc'); ?>
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$found = 0;
foreach (scandir('/proc/self/fd') as $fd) {
    if (preg_match("/^\d+$/", $fd) && @readlink("/proc/self/fd/$fd") === realpath($f)) {
        preg_match('/^flags:\s+([0-7]+)/m', file_get_contents("/proc/self/fdinfo/$fd"), $m);
        $found++;
        var_dump((octdec($m[1]) & 02000000) !== 0);
    }
}
var_dump($found);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_cloexec.q'); ?>
--EXPECT--
bool(true)
int(1)
