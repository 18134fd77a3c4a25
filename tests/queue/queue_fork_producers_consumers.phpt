--TEST--
FileQ\Queue: 4 producers and 4 consumers in parallel lose and duplicate nothing
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_wait'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$q = new FileQ\Queue("$base.q", 64);
const PRODUCERS = 4, CONSUMERS = 4;
define('EACH', getenv('FILEQ_VALGRIND') || getenv('ZEND_DONT_UNLOAD_MODULES') ? 300 : 2500);  // fewer under valgrind
for ($p = 0; $p < PRODUCERS; $p++) {
    if (pcntl_fork() === 0) {
        for ($i = 0; $i < EACH; $i++) {
            $q->push("$p:$i");
        }
        $q->push('STOP');
        exit(0);
    }
}
for ($c = 0; $c < CONSUMERS; $c++) {
    if (pcntl_fork() === 0) {
        $got = [];
        $stops = 0;
        while ($stops < 1) {
            $m = $c % 2 ? $q->pop() : $q->shift();
            if ($m === null) {
                $q->wait(0.05);
            } elseif ($m === 'STOP') {
                $stops++;
            } else {
                $got[] = $m;
            }
        }
        file_put_contents("$base.out$c", implode("\n", $got));
        exit(0);
    }
}
while (pcntl_wait($status) > 0);
$all = [];
for ($c = 0; $c < CONSUMERS; $c++) {
    $part = file_get_contents("$base.out$c");
    if ($part !== '') {
        array_push($all, ...explode("\n", $part));
    }
    unlink("$base.out$c");
}
while (($m = $q->shift()) !== null) {
    if ($m !== 'STOP') {
        $all[] = $m;
    }
}
sort($all);
$expected = [];
for ($p = 0; $p < PRODUCERS; $p++) {
    for ($i = 0; $i < EACH; $i++) {
        $expected[] = "$p:$i";
    }
}
sort($expected);
var_dump(count($all) === PRODUCERS * EACH, count(array_unique($all)) === count($all), $all === $expected);
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_fork_producers_consumers.q'); ?>
--EXPECT--
bool(true)
bool(true)
bool(true)
