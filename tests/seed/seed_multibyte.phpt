--TEST--
seed API: the deliberate difference: byte lengths, where the seed's mb_strlen() let a multibyte frame through and cut it
--EXTENSIONS--
fileq
mbstring
--FILE--
<?php
require __DIR__ . '/seed_queue_baseline.inc';
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$frame = 'ééé';   // 3 characters, 6 bytes

foreach (['baseline' => 'seed_', 'native' => ''] as $name => $prefix) {
    file_put_contents("$base.$name", '');
    $cron_requests_events_settings['queue_file'] = "$base.$name";
    $push = $prefix . 'queue_address_push';
    $pop = $prefix . 'queue_address_pop';
    echo "$name:\n";
    var_dump($push('abcd', 4));
    var_dump($push($frame, 4));            // baseline: accepted and cut to 4 bytes; native: refused
    var_dump($pop(4, 0, $frame));          // baseline: replaced by a cut frame; native: '' and nothing written
    var_dump(bin2hex(file_get_contents("$base.$name")));
    var_dump($push($frame, 6));            // fits in bytes: both write it whole
    var_dump(bin2hex(file_get_contents("$base.$name")));
}
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.baseline");
@unlink("$base.native");
?>
--EXPECT--
baseline:
int(0)
int(4)
string(4) "abcd"
string(16) "c3a9c3a9c3a9c3a9"
int(8)
string(28) "c3a9c3a9c3a9c3a9c3a9c3a9c3a9"
native:
int(0)
int(0)
string(0) ""
string(8) "61626364"
int(4)
string(20) "61626364c3a9c3a9c3a9"
