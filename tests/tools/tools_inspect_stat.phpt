--TEST--
fileq-inspect stat: frame size, format, count, file size, boot size of a framed queue (text and --json); nothing changes
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 128);
$q->push('one');
$q->push('two');
$q->shift();
$q->updateBoot(fn (array $b) => ['k' => 'v']);
inspect('stat', $f);
inspect('--json', 'stat', $f);
echo count($q), " frame(s) left\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_stat.q');
?>
--EXPECTF--
$ fileq-inspect stat tools_inspect_stat.q
path          %stools_inspect_stat.q
format        framed
frameSize     128
maxPayload    120
count         1
fileSize      %d
headCursor    4224
tailCursor    4352
pushed        2
popped        1
dropped       0
delayed       0
nextDue       null
bootSize      %d
generation    %d
bootCapacity  67108864
sync          no
lock          %s
[exit 0]
$ fileq-inspect --json stat tools_inspect_stat.q
{
    "path": "%stools_inspect_stat.q",
    "format": "framed",
    "frameSize": 128,
    "maxPayload": 120,
    "count": 1,
    "fileSize": %d,
    "headCursor": 4224,
    "tailCursor": 4352,
    "pushed": 2,
    "popped": 1,
    "dropped": 0,
    "delayed": 0,
    "nextDue": null,
    "bootSize": %d,
    "generation": %d,
    "bootCapacity": 67108864,
    "sync": false,
    "lock": "%s"
}
[exit 0]
1 frame(s) left
