--TEST--
FileQ\Queue: a file the process may not write is a FileQ\IOException and is left as it was
--EXTENSIONS--
fileq
posix
pcntl
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->push('precious');
unset($q);
chmod($f, 0400);
$before = md5_file($f);
$pid = pcntl_fork();
if ($pid === 0) {
    if (posix_getuid() === 0) {
        posix_setgid(65534);
        posix_setuid(65534);   // root may write anything: drop to nobody
    }
    try {
        new FileQ\Queue($f);
    } catch (FileQ\IOException $e) {
        echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), ' (', $e->getCode(), ")\n";
    }
    exit(0);
}
pcntl_waitpid($pid, $status);
clearstatcache();
chmod($f, 0600);
var_dump(md5_file($f) === $before, (new FileQ\Queue($f))->pop());
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_unwritable_file.q'); ?>
--EXPECT--
FileQ\IOException: open 'FILE': Permission denied (13)
bool(true)
string(8) "precious"
