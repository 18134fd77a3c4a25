--TEST--
seed API: the second deliberate difference: a negative cursor is a ValueError (the baseline writes where the stream happens to be, which depends on the PHP version)
--EXTENSIONS--
fileq
mbstring
--FILE--
<?php
require __DIR__ . '/seed_queue_baseline.inc';
$base = __DIR__ . '/' . basename(__FILE__, '.php');

foreach (['baseline' => 'seed_', 'native' => ''] as $name => $prefix) {
    file_put_contents("$base.$name", str_repeat("-", 8));
    $cron_requests_events_settings['queue_file'] = "$base.$name";
    echo "$name:\n";
    try {
        var_dump(($prefix . 'queue_address_push')('ab', 4, -4));
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    try {
        var_dump(($prefix . 'queue_address_pop')(4, -1, 'XY'));
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump(bin2hex(file_get_contents("$base.$name")));
}
// a refused push stays a refusal, whatever the cursor
var_dump(queue_address_push('ab', 0, -4));
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.baseline");
@unlink("$base.native");
?>
--EXPECTF--
baseline:
int(-4)
string(%d) "%s"
string(%d) "%x"
native:
ValueError: queue_address_push(): Argument #3 ($frame_cursor) must be greater than or equal to 0
ValueError: queue_address_pop(): Argument #2 ($frame_cursor) must be greater than or equal to 0
string(16) "2d2d2d2d2d2d2d2d"
int(0)
