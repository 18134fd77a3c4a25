--TEST--
seed API: the callback gets a real stream on the locked file; its writes are seen by the rest of the call
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;

// a boot frame of 16 bytes, as the seed's worker writes it
var_dump(queue_address_push('boot', 16, 0));

$kept = null;
$register = function ($fh, $frame_size, $frame_cursor) use ($file, &$kept) {
    var_dump(get_resource_type($fh), stream_get_meta_data($fh)['mode'], $frame_size, $frame_cursor);
    // the lock is held: another open file description cannot take it
    $other = fopen($file, 'r+');
    var_dump(flock($other, LOCK_EX | LOCK_NB));
    fclose($other);
    fseek($fh, 0);
    $boot = trim(fread($fh, 16));
    fseek($fh, 0);
    fwrite($fh, str_pad("$boot+1", 16, "\0"), 16);
    fflush($fh);
    fseek($fh, 0, SEEK_END);
    fwrite($fh, str_pad('from-callback', 16, "\0"));   // the push appends after this
    $kept = $fh;
    return 'ignored';
};
var_dump(queue_address_push('data', 16, PHP_INT_MAX, $register));
var_dump(is_resource($kept));    // closed after the call

// pop: the callback sees the replacement; a frame it writes at the end is the one popped
var_dump(queue_address_pop(16, PHP_INT_MAX, 'r', function ($fh, $s, $c, $r) {
    var_dump($r);
    fseek($fh, 0, SEEK_END);
    fwrite($fh, str_pad('written-in-cb', 16, "\0"));
}));

class Handler
{
    public function onLock($fh) { echo __METHOD__, "\n"; }
    public static function onStatic($fh) { echo __METHOD__, "\n"; }
    public function __invoke($fh) { echo __METHOD__, "\n"; }
}
queue_address_pop(16, 0, '', [new Handler, 'onLock']);
queue_address_pop(16, 0, '', 'Handler::onStatic');
queue_address_pop(16, 0, '', new Handler);
queue_address_push('z', 16, 0, ['Handler', 'onStatic']);

// $fh starts at offset 0, as the seed's fopen() gave it, whatever the calls before did
queue_address_push('tail', 16);
var_dump(queue_address_pop(16, PHP_INT_MAX, '', function ($fh) {
    var_dump(ftell($fh), bin2hex(fread($fh, 4)));
}));

$frames = str_split(file_get_contents($file), 16);
var_dump(array_map('trim', $frames));
// no lock left behind
$fh = fopen($file, 'r+');
var_dump(flock($fh, LOCK_EX | LOCK_NB));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
int(0)
string(6) "stream"
string(2) "r+"
int(16)
int(9223372036854775807)
bool(false)
int(32)
bool(false)
string(1) "r"
string(13) "written-in-cb"
Handler::onLock
Handler::onStatic
Handler::__invoke
Handler::onStatic
int(0)
string(8) "7a000000"
string(4) "tail"
array(3) {
  [0]=>
  string(1) "z"
  [1]=>
  string(13) "from-callback"
  [2]=>
  string(4) "data"
}
bool(true)
