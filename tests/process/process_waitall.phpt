--TEST--
FileQ\Process::waitAll(): pid => exit code for every child, -signal for a child killed by a signal
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$pids = [];
foreach ([0, 1, 2, 42] as $code) {
    $pids["exits $code"] = Process::fork(function (int $code) {
        usleep(50000 * $code % 200000);
        return $code;
    }, $code);
}
$pids['killed'] = Process::fork(function () {
    for ($i = 0; $i < 300; $i++) {
        usleep(100000);
    }
    return 0;
});
Process::kill($pids['killed'], Process::SIGKILL);

$all = Process::waitAll();
echo count($all), " children\n";
foreach ($pids as $name => $pid) {
    echo "$name: ", var_export($all[$pid], true), "\n";
}
var_dump(Process::waitAll());
?>
--EXPECT--
5 children
exits 0: 0
exits 1: 1
exits 2: 2
exits 42: 42
killed: -9
array(0) {
}
