--TEST--
FileQ\Queue: the constructor creates the file and its 4096-byte header
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
var_dump(file_exists($f));
$q = new FileQ\Queue($f);
clearstatcache();
var_dump(filesize($f), substr(file_get_contents($f), 0, 5));
var_dump($q->getPath() === $f, $q->getFrameSize(), $q->getMaxPayload(), count($q));
var_dump(FileQ\Queue::RAW, FileQ\Queue::SYNC, FileQ\Queue::FRAME_OVERHEAD, FileQ\Queue::BOOT_CAPACITY);
var_dump($q instanceof Countable);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_construct_defaults.q'); ?>
--EXPECT--
bool(false)
int(4096)
string(5) "FILEQ"
bool(true)
int(256)
int(248)
int(0)
int(1)
int(2)
int(8)
int(67108864)
bool(true)
