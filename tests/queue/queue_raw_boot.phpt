--TEST--
FileQ\Queue::RAW: the boot frame is the seed's: serialize()d into the first 4096 bytes, NUL-padded
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
// The seed's worker writes its boot frame like this.
$boot = ['workers' => [], 'handlers' => [], 'system_variables' => [], 'reserved' => [],
         'index_offset' => 4097, 'index_frame_size' => 16384, 'data_offset' => 20482, 'data_frame_size' => 95];
file_put_contents($f, str_pad(serialize($boot), 4096, "\0"));
$q = new FileQ\Queue($f, 95, FileQ\Queue::RAW);
var_dump($q->boot() === $boot);
$q->register('handlers');
$raw = file_get_contents($f);
$back = unserialize(trim(substr($raw, 0, 4096)));
var_dump(strlen($raw), array_keys($back['handlers']) === [getmypid()], $back['index_offset']);
var_dump($q->pop());  // the padding at the end of the boot frame is blank
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_raw_boot.q'); ?>
--EXPECT--
bool(true)
int(4096)
bool(true)
int(4097)
NULL
