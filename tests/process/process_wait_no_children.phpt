--TEST--
FileQ\Process::wait() without children throws FileQ\Exception (code ECHILD); waitAll() returns []
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

try {
    Process::wait();
} catch (FileQ\Exception $e) {
    echo get_class($e), " (", $e->getCode(), "): ", $e->getMessage(), "\n";
}
$pid = Process::fork(fn() => 0);
Process::wait($pid);
try {
    Process::wait($pid);
} catch (FileQ\Exception $e) {
    echo get_class($e), " (", $e->getCode(), "): ", str_replace((string) $pid, 'PID', $e->getMessage()), "\n";
}
try {
    Process::wait(-1, false);
} catch (FileQ\Exception $e) {
    echo "non-blocking too: ", $e->getCode(), "\n";
}
var_dump(Process::waitAll());
foreach ([0, -2] as $bad) {
    try {
        Process::wait($bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
FileQ\Exception (10): waitpid(-1): this process has no child to wait for
FileQ\Exception (10): waitpid(PID): not a child of this process, or already waited for
non-blocking too: 10
array(0) {
}
FileQ\Process::wait(): Argument #1 ($pid) must be -1 (any child) or a process id
FileQ\Process::wait(): Argument #1 ($pid) must be -1 (any child) or a process id
