--TEST--
FileQ\Process::pid() and parentPid() in the parent and in a forked child
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

var_dump(Process::pid() === getmypid());
$parent = Process::pid();
$pid = Process::fork(function () use ($parent) {
    return (Process::parentPid() === $parent ? 1 : 0) + (Process::pid() !== $parent ? 2 : 0)
        + (Process::pid() === getmypid() ? 4 : 0);
});
var_dump(Process::wait($pid)['exitCode']);
try {
    new ReflectionClass(Process::class) and (new ReflectionClass(Process::class))->newInstance();
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
int(7)
Access to non-public constructor of class FileQ\Process
