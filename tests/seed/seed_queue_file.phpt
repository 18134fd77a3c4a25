--TEST--
seed API: the queue file comes from $cron_requests_events_settings['queue_file'], else fileq.queue_file; neither, or a missing file, is a clear error
--EXTENSIONS--
fileq
--INI--
fileq.queue_file=
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
file_put_contents("$base.global", '');
file_put_contents("$base.ini", '');

try {
    queue_address_push('x', 4);
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    queue_address_pop(4);
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

ini_set('fileq.queue_file', "$base.ini");
var_dump(queue_address_push('ini', 4));

$cron_requests_events_settings = ['queue_file' => "$base.global"];
var_dump(queue_address_push('global', 8));

function from_a_function() {
    // the global, not a local variable of that name
    $cron_requests_events_settings = ['queue_file' => '/nonexistent'];
    return queue_address_pop(8);
}
var_dump(from_a_function());

$cron_requests_events_settings['queue_file'] = null;   // not set: the ini setting
var_dump(queue_address_pop(4));
unset($cron_requests_events_settings);
var_dump(queue_address_pop(4));

$cron_requests_events_settings['queue_file'] = "$base.missing";
try {
    queue_address_pop(4);
} catch (FileQ\IOException $e) {
    echo get_class($e), ': ', str_replace(__DIR__, 'DIR', $e->getMessage()), ' (', $e->getCode() === 2 ? 'ENOENT' : $e->getCode(), ")\n";
}
var_dump(file_exists("$base.missing"));
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.global");
@unlink("$base.ini");
?>
--EXPECT--
FileQ\Exception: No queue file: set $cron_requests_events_settings['queue_file'] or the ini setting fileq.queue_file
FileQ\Exception: No queue file: set $cron_requests_events_settings['queue_file'] or the ini setting fileq.queue_file
int(0)
int(0)
string(6) "global"
string(3) "ini"
string(0) ""
FileQ\IOException: open 'DIR/seed_queue_file.missing': No such file or directory (ENOENT)
bool(false)
