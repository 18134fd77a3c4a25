--TEST--
fileq-inspect peek: the next N frames by cursor, oldest first, binary bytes escaped, nothing removed; RAW files with --raw --frame-size
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f, 64);
foreach (['first', "bin\0ary\n", str_repeat('x', 50), 'last'] as $m) {
    $q->push($m);
}
inspect('peek', $f, '2');
inspect('peek', $f);
inspect('--json', 'peek', $f, '1');
echo count($q), " frame(s) left\n";
$r = "$f.raw";
$raw = new FileQ\Queue($r, 16, FileQ\Queue::RAW);
$raw->push('a');
$raw->push('b');
inspect('--raw', '--frame-size=16', 'peek', $r);
inspect('peek', $f, 'many');
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_peek.q');
@unlink(__DIR__ . '/tools_inspect_peek.q.raw');
?>
--EXPECTF--
$ fileq-inspect peek tools_inspect_peek.q 2
      4096       5  "first"
      4160       8  "bin\000ary\n"
2 of 4 frame(s) shown
[exit 0]
$ fileq-inspect peek tools_inspect_peek.q
      4096       5  "first"
      4160       8  "bin\000ary\n"
      4224      50  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      4288       4  "last"
4 of 4 frame(s) shown
[exit 0]
$ fileq-inspect --json peek tools_inspect_peek.q 1
[
    {
        "cursor": 4096,
        "length": 5,
        "data": "first"
    }
]
[exit 0]
4 frame(s) left
$ fileq-inspect --raw --frame-size=16 peek tools_inspect_peek.q.raw
         0       1  "a"
        16       1  "b"
2 of 2 frame(s) shown
[exit 0]
$ fileq-inspect peek tools_inspect_peek.q many
[stderr] fileq-inspect: peek: N must be a number, not 'many'
[exit 2]
