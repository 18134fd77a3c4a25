--TEST--
FileQ\Process::fork(): the child exits with the callable's int result, 0 for anything else
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$cases = [
    'returns 0' => fn() => 0,
    'returns 3' => fn() => 3,
    'sum of its arguments' => fn(int $a, int $b) => $a + $b,
    'returns a string' => fn() => 'not an int',
    'returns nothing' => function () {},
    'returns 261 (low 8 bits kept)' => fn() => 261,
];
foreach ($cases as $name => $fn) {
    $pid = Process::fork($fn, 20, 22);
    $st = Process::wait($pid);
    printf("%s: pid %s, exitCode %d, signal %s\n", $name, $st['pid'] === $pid ? 'matches' : 'differs',
        $st['exitCode'], var_export($st['signal'], true));
}
$pid = Process::fork(fn(int ...$n) => count($n), 1, 2, 3, 4);
echo "variadic: ", Process::wait($pid)['exitCode'], "\n";
$pid = Process::fork(fn(int $a, int $b) => $a - $b, b: 1, a: 10);
echo "named: ", Process::wait($pid)['exitCode'], "\n";
?>
--EXPECT--
returns 0: pid matches, exitCode 0, signal NULL
returns 3: pid matches, exitCode 3, signal NULL
sum of its arguments: pid matches, exitCode 42, signal NULL
returns a string: pid matches, exitCode 0, signal NULL
returns nothing: pid matches, exitCode 0, signal NULL
returns 261 (low 8 bits kept): pid matches, exitCode 5, signal NULL
variadic: 4
named: 9
