--TEST--
seed API: many queue files in one request: idle descriptors are closed past 64, a file in use is kept
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!is_dir('/proc/self/fd')) die('skip needs /proc/self/fd');
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$fds = function () { return count(scandir('/proc/self/fd')); };
for ($i = 0; $i < 150; $i++) {
    file_put_contents("$base.$i", '');
}
$before = $fds();
$cron_requests_events_settings['queue_file'] = "$base.0";
// while file 0 is locked, its callback works through 149 other files
var_dump(queue_address_push('outer', 8, PHP_INT_MAX, function ($fh) use ($base) {
    global $cron_requests_events_settings;
    for ($i = 1; $i < 150; $i++) {
        $cron_requests_events_settings['queue_file'] = "$base.$i";
        queue_address_push("f$i", 8);
        queue_address_push("g$i", 8);
    }
    fwrite($fh, 'x');   // still the locked file 0
}));
$opened = $fds() - $before;
echo $opened <= 65 ? "descriptors kept: at most 65\n" : "descriptors kept: $opened\n";
$ok = true;
for ($i = 1; $i < 150; $i++) {
    $cron_requests_events_settings['queue_file'] = "$base.$i";
    $ok = $ok && queue_address_pop(8) === "g$i" && queue_address_pop(8) === "f$i" && queue_address_pop(8) === '';
}
var_dump($ok);
var_dump(bin2hex(file_get_contents("$base.0")));
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
for ($i = 0; $i < 150; $i++) {
    @unlink("$base.$i");
}
?>
--EXPECT--
int(1)
descriptors kept: at most 65
bool(true)
string(18) "786f75746572000000"
