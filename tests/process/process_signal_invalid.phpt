--TEST--
FileQ\Process: SIGKILL, SIGSTOP, fault signals and numbers out of range are ValueErrors
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$calls = [
    'signal(SIGKILL)' => fn() => Process::signal(Process::SIGKILL, fn() => null),
    'signal(SIGSTOP)' => fn() => Process::signal(Process::SIGSTOP, fn() => null),
    'signal(0)' => fn() => Process::signal(0, fn() => null),
    'signal(65)' => fn() => Process::signal(65, fn() => null),
    'signal(-1)' => fn() => Process::signal(-1, fn() => null),
    'signal(SIGSEGV)' => fn() => Process::signal(11, fn() => null),
    'signal(SIGKILL, null)' => fn() => Process::signal(Process::SIGKILL, null),
    'ignore(SIGSTOP)' => fn() => Process::ignore(Process::SIGSTOP),
    'restore(99)' => fn() => Process::restore(99),
    'kill(pid, 65)' => fn() => Process::kill(Process::pid(), 65),
    'kill(pid, -1)' => fn() => Process::kill(Process::pid(), -1),
    'kill(-1)' => fn() => Process::kill(-1, 0),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (ValueError $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
try {
    Process::signal(Process::SIGUSR1, 'no_such_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// Still alive, and the valid calls work.
Process::signal(Process::SIGUSR1, null);
Process::ignore(Process::SIGUSR1);
Process::restore(Process::SIGUSR1);
var_dump(Process::kill(Process::pid(), 0));
?>
--EXPECT--
signal(SIGKILL): FileQ\Process::signal(): Argument #1 ($signal) must not be SIGKILL or SIGSTOP: they cannot be caught, ignored or reset
signal(SIGSTOP): FileQ\Process::signal(): Argument #1 ($signal) must not be SIGKILL or SIGSTOP: they cannot be caught, ignored or reset
signal(0): FileQ\Process::signal(): Argument #1 ($signal) must be a signal number between 1 and 64, 0 given
signal(65): FileQ\Process::signal(): Argument #1 ($signal) must be a signal number between 1 and 64, 65 given
signal(-1): FileQ\Process::signal(): Argument #1 ($signal) must be a signal number between 1 and 64, -1 given
signal(SIGSEGV): FileQ\Process::signal(): Argument #1 ($signal) must not be SIGSEGV, SIGBUS, SIGFPE or SIGILL: a PHP handler cannot repair a fault
signal(SIGKILL, null): FileQ\Process::signal(): Argument #1 ($signal) must not be SIGKILL or SIGSTOP: they cannot be caught, ignored or reset
ignore(SIGSTOP): FileQ\Process::ignore(): Argument #1 ($signal) must not be SIGKILL or SIGSTOP: they cannot be caught, ignored or reset
restore(99): FileQ\Process::restore(): Argument #1 ($signal) must be a signal number between 1 and 64, 99 given
kill(pid, 65): FileQ\Process::kill(): Argument #2 ($signal) must be 0 (probe) or a signal number between 1 and 64
kill(pid, -1): FileQ\Process::kill(): Argument #2 ($signal) must be 0 (probe) or a signal number between 1 and 64
kill(-1): FileQ\Process::kill(): Argument #1 ($pid) must be a process id, 0 (this process group) or -group (not -1, every process)
FileQ\Process::signal(): Argument #2 ($handler) must be a valid callback or null, function "no_such_function" not found or invalid function name
bool(true)
