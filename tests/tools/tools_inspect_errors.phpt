--TEST--
fileq-inspect errors: a missing file (not created), an empty file (not made a queue), a file that is not a queue, a RAW file without --raw, usage errors; each names the path, exit 1 or 2
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$base = __DIR__ . '/' . basename(__FILE__, '.php');
inspect('stat', "$base.missing");
var_dump(file_exists("$base.missing"));
touch("$base.empty");
inspect('stat', "$base.empty");
clearstatcache();
var_dump(filesize("$base.empty"));
inspect('--raw', '--frame-size=64', 'stat', "$base.empty");
var_dump(filesize("$base.empty"));
file_put_contents("$base.txt", str_repeat("not a queue\n", 10));
inspect('stat', "$base.txt");
inspect('stat', __DIR__);
inspect('--raw', 'stat', "$base.txt");
inspect('frobnicate', "$base.txt");
inspect('stat');
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_errors.txt');
@unlink(__DIR__ . '/tools_inspect_errors.empty');
?>
--EXPECTF--
$ fileq-inspect stat tools_inspect_errors.missing
[stderr] fileq-inspect: 'tools_inspect_errors.missing': no such file
[exit 1]
bool(false)
$ fileq-inspect stat tools_inspect_errors.empty
[stderr] fileq-inspect: 'tools_inspect_errors.empty' is empty (0 bytes): no framed queue in it yet; an empty RAW queue: --raw --frame-size=N
[exit 1]
int(0)
$ fileq-inspect --raw --frame-size=64 stat tools_inspect_errors.empty
path%s
format%sraw
%A[exit 0]
int(0)
$ fileq-inspect stat tools_inspect_errors.txt
[stderr] fileq-inspect: 'tools_inspect_errors.txt' is not a fileq queue file%s (a RAW file: --raw --frame-size=N)
[exit 1]
$ fileq-inspect stat %stools
[stderr] fileq-inspect: '%stools': not a regular file
[exit 1]
$ fileq-inspect --raw stat tools_inspect_errors.txt
[stderr] fileq-inspect: --raw needs --frame-size=N (a RAW file has no header to read it from)
[exit 2]
$ fileq-inspect frobnicate tools_inspect_errors.txt
[stderr] fileq-inspect: unknown command 'frobnicate'
[exit 2]
$ fileq-inspect stat
[stderr] fileq-inspect: a command and a queue file are needed
[exit 2]
