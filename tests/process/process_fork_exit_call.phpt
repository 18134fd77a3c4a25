--TEST--
FileQ\Process::fork(): exit() in the child ends it with that status; the parent's shutdown work and buffered output stay the parent's
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Process;

$parent = Process::pid();
function where(): string { return Process::pid() === $GLOBALS['parent'] ? 'parent' : 'child'; }

class Noisy
{
    public function __construct(private string $name) {}
    public function __destruct() { echo "destructor of {$this->name} in ", where(), "\n"; }
}

register_shutdown_function(function () { echo "parent's shutdown function in ", where(), "\n"; });
$inherited = new Noisy('inherited object');

ob_start();
echo "output the parent buffered before fork\n";
$pid = Process::fork(function () {
    register_shutdown_function(function () { echo "child's shutdown function in ", where(), "\n"; });
    $GLOBALS['own'] = new Noisy("child's object");
    echo "child calls exit(7)\n";
    exit(7);
    echo "not reached\n";
});
$st = Process::wait($pid);
ob_end_flush();
echo "exitCode {$st['exitCode']}\n";
?>
--EXPECT--
child calls exit(7)
child's shutdown function in child
destructor of child's object in child
output the parent buffered before fork
exitCode 7
parent's shutdown function in parent
destructor of inherited object in parent
