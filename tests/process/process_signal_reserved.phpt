--TEST--
FileQ\Process: signals 32 and 33, which the C library keeps for itself, are ValueErrors (not a fatal error); SIGRTMIN is accepted
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (PHP_OS_FAMILY !== 'Linux') die('skip Linux: glibc reserves 32 and 33');
--FILE--
<?php
use FileQ\Process;

$calls = [
    'signal(32)' => fn() => Process::signal(32, fn() => null),
    'signal(33)' => fn() => Process::signal(33, fn() => null),
    'signal(33, null)' => fn() => Process::signal(33, null),
    'ignore(32)' => fn() => Process::ignore(32),
    'ignore(33)' => fn() => Process::ignore(33),
    'restore(32)' => fn() => Process::restore(32),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (ValueError $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
// The first real-time signal glibc leaves to programs works.
Process::signal(34, function (int $sig) { echo "handler $sig\n"; }, false);
Process::kill(Process::pid(), 34);
Process::dispatch();
Process::restore(34);
?>
--EXPECT--
signal(32): FileQ\Process::signal(): Argument #1 ($signal) must not be 32: signals 32 to 33 are reserved by the C library
signal(33): FileQ\Process::signal(): Argument #1 ($signal) must not be 33: signals 32 to 33 are reserved by the C library
signal(33, null): FileQ\Process::signal(): Argument #1 ($signal) must not be 33: signals 32 to 33 are reserved by the C library
ignore(32): FileQ\Process::ignore(): Argument #1 ($signal) must not be 32: signals 32 to 33 are reserved by the C library
ignore(33): FileQ\Process::ignore(): Argument #1 ($signal) must not be 33: signals 32 to 33 are reserved by the C library
restore(32): FileQ\Process::restore(): Argument #1 ($signal) must not be 32: signals 32 to 33 are reserved by the C library
handler 34
