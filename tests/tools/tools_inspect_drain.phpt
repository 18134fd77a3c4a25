--TEST--
fileq-inspect drain: refused without --yes (exit 2, the queue untouched); with --yes every frame to stdout, oldest first, and the queue empty
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
foreach (['a', 'b', 'c'] as $m) {
    $q->push($m);
}
inspect('drain', $f);
echo count($q), " frame(s)\n";
inspect('drain', $f, '--yes');
echo count($q), " frame(s)\n";
$q->push("two\nlines");
inspect('--json', 'drain', $f, '--yes');
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_drain.q');
?>
--EXPECT--
$ fileq-inspect drain tools_inspect_drain.q
[stderr] fileq-inspect: drain removes every frame from 'tools_inspect_drain.q': add --yes to do it
[exit 2]
3 frame(s)
$ fileq-inspect drain tools_inspect_drain.q --yes
a
b
c
[stderr] fileq-inspect: drained 3 frame(s) from 'tools_inspect_drain.q'
[exit 0]
0 frame(s)
$ fileq-inspect --json drain tools_inspect_drain.q --yes
"two\nlines"
[stderr] fileq-inspect: drained 1 frame(s) from 'tools_inspect_drain.q'
[exit 0]
