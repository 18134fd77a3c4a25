--TEST--
FileQ\Queue: frames are binary-safe (NUL bytes, white space at both ends, empty string)
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 300);
$all = '';
for ($i = 0; $i < 256; $i++) {
    $all .= chr($i);
}
$frames = ["\0", "\0\0x\0\0", "  padded \n\t", "", " ", $all, "\r\n\x0B"];
foreach ($frames as $d) {
    $q->push($d);
}
$back = [];
while (($m = $q->shift()) !== null) {
    $back[] = $m;
}
var_dump($back === $frames);
foreach ($back as $m) {
    echo strlen($m), ' ', bin2hex(substr($m, 0, 8)), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_binary_safe.q'); ?>
--EXPECT--
bool(true)
1 00
5 0000780000
11 2020706164646564
0 
1 20
256 0001020304050607
3 0d0a0b
