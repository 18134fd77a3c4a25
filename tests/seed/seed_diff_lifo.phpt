--TEST--
seed API: random push/pop at the end give the baseline's results and bytes
--EXTENSIONS--
fileq
mbstring
--FILE--
<?php
require __DIR__ . '/diff.inc';
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$total = ['calls' => 0, 'refused' => 0, 'errors' => 0, 'nonempty pops' => 0];
foreach ([11, 12] as $seed) {
    unset($GLOBALS['fq_diff_stats']);
    fq_diff_run($base, fq_random_ops($seed, 400, ['push' => 3, 'pop' => 3]));
    foreach ($GLOBALS['fq_diff_stats'] ?? [] as $k => $v) {
        $total[$k] += $v;
    }
}
echo "calls: {$total['calls']}\n";
var_dump($total['refused'] > 0, $total['errors'] > 0, $total['nonempty pops'] > 0);
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.baseline");
@unlink("$base.native");
?>
--EXPECT--
identical after 400 calls
identical after 400 calls
calls: 800
bool(true)
bool(true)
bool(true)
