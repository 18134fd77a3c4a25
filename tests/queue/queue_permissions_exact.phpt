--TEST--
FileQ\Queue: a new file gets exactly the permissions asked (0600 by default), whatever the umask
--EXTENSIONS--
fileq
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
umask(0022);
new FileQ\Queue("$base.default");
umask(0077);
new FileQ\Queue("$base.group", null, 0, 0660);
umask(0);
new FileQ\Queue("$base.raw", 16, FileQ\Queue::RAW, 0640);
clearstatcache();
foreach (['default', 'group', 'raw'] as $x) {
    printf("%s %o\n", $x, fileperms("$base.$x") & 0777);
}
// an existing file keeps its mode: the permissions are for a file made here
chmod("$base.group", 0600);
new FileQ\Queue("$base.group", null, 0, 0666);
clearstatcache();
printf("kept %o\n", fileperms("$base.group") & 0777);
?>
--CLEAN--
<?php
$base = __DIR__ . '/queue_permissions_exact';
foreach (['default', 'group', 'raw'] as $x) {
    @unlink("$base.$x");
}
?>
--EXPECT--
default 600
group 660
raw 640
kept 600
