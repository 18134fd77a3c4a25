--TEST--
FileQ\Process::wait()/waitAll(): a signal's handler runs during the wait whatever SIGCHLD's disposition (handler, restored, default, pcntl's SIG_DFL, ignored)
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

/*
 * The child asks its parent for SIGTERM's handler, then sleeps 10 s. The
 * handler kills the child: the wait ends with signal 9 only when the handler
 * ran while the child was still sleeping (once the wait was restarted in the
 * kernel, it ran only after the child had returned 0).
 */
Process::signal(Process::SIGTERM, function (int $sig, array $info) {
    echo "SIGTERM handler\n";
    Process::kill($info['pid'], Process::SIGKILL);
});
$child = fn () => Process::fork(function () {
    Process::kill(Process::parentPid(), Process::SIGTERM);
    sleep(10);
    return 0;
});
$report = fn (?array $st) => print("wait: exitCode " . var_export($st['exitCode'], true) . ", signal " . var_export($st['signal'], true) . "\n");

echo "== SIGCHLD handler\n";
Process::signal(Process::SIGCHLD, function () {});
$report(Process::wait($child()));
echo "== SIGCHLD handler, waitAll()\n";
$c = $child();
var_dump(Process::waitAll() === [$c => -9]);
echo "== SIGCHLD restored\n";
Process::restore(Process::SIGCHLD);
$report(Process::wait($child()));
echo "== SIGCHLD handler, then set to the default\n";
Process::signal(Process::SIGCHLD, function () {});
Process::signal(Process::SIGCHLD, null);
$report(Process::wait($child()));
echo "== pcntl_signal(SIGCHLD, SIG_DFL)\n";
pcntl_signal(SIGCHLD, function () {});
pcntl_signal(SIGCHLD, SIG_DFL);
$report(Process::wait($child()));
echo "== SIGCHLD ignored: the child is reaped by the kernel\n";
Process::ignore(Process::SIGCHLD);
try {
    Process::wait($child());
} catch (FileQ\Exception $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}
Process::restore(Process::SIGCHLD);
?>
--EXPECT--
== SIGCHLD handler
SIGTERM handler
wait: exitCode NULL, signal 9
== SIGCHLD handler, waitAll()
SIGTERM handler
bool(true)
== SIGCHLD restored
SIGTERM handler
wait: exitCode NULL, signal 9
== SIGCHLD handler, then set to the default
SIGTERM handler
wait: exitCode NULL, signal 9
== pcntl_signal(SIGCHLD, SIG_DFL)
SIGTERM handler
wait: exitCode NULL, signal 9
== SIGCHLD ignored: the child is reaped by the kernel
SIGTERM handler
FileQ\Exception 10
