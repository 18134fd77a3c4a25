--TEST--
fileq-inspect --json: a frame that is not UTF-8 text comes out as {"base64": ...} (drain, peek), so drain --json loses no byte of what it removed
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$frames = ["\xff\xfe\x00abc", "text \u{e9}", "two\nlines"];
foreach ($frames as $m) {
    $q->push($m);
}
inspect('--json', 'peek', $f, '1');
ob_start();
inspect('--json', 'drain', $f, '--yes');
$out = ob_get_clean();
echo $out;
// what came out decodes to exactly what was pushed
$lines = array_slice(explode("\n", $out), 1, 3);
$back = array_map(function ($l) {
    $v = json_decode($l, true, 4, JSON_THROW_ON_ERROR);
    return is_array($v) ? base64_decode($v['base64'], true) : $v;
}, $lines);
var_dump($back === $frames, count($q));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_binary.q');
?>
--EXPECT--
$ fileq-inspect --json peek tools_inspect_binary.q 1
[
    {
        "cursor": 4096,
        "length": 6,
        "data": {
            "base64": "//4AYWJj"
        }
    }
]
[exit 0]
$ fileq-inspect --json drain tools_inspect_binary.q --yes
{"base64":"//4AYWJj"}
"text \u00e9"
"two\nlines"
[stderr] fileq-inspect: drained 3 frame(s) from 'tools_inspect_binary.q'
[exit 0]
bool(true)
int(0)
