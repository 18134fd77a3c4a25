--TEST--
pcntl stand-in: a child that Process::fork() starts in a handler run by pcntl_signal_dispatch() gets the mask from before the dispatch (not every signal blocked); pcntl_fork()'s child keeps pcntl's
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
use FileQ\Process;

function blocked(): int
{
    $m = [];
    pcntl_sigprocmask(SIG_BLOCK, [], $m);
    return count($m);
}

pcntl_sigprocmask(SIG_BLOCK, [SIGUSR2]);
pcntl_signal(SIGUSR1, function () {
    echo "in the handler, every signal is blocked: ", var_export(blocked() > 30, true), "\n";
    $c = Process::fork(function () {
        for ($i = 0; $i < 100; $i++) {
            usleep(100000);
        }
        return 0;
    });
    Process::kill($c, SIGTERM);
    $st = Process::wait($c);
    echo "Process::fork() child: exitCode ", var_export($st['exitCode'], true), ", signal ", var_export($st['signal'], true), "\n";
    $c = Process::fork(function () {
        $m = [];
        pcntl_sigprocmask(SIG_BLOCK, [], $m);
        return $m === [SIGUSR2] ? 0 : 1;
    });
    echo "Process::fork() child blocks SIGUSR2 only: ", var_export(Process::wait($c)['exitCode'] === 0, true), "\n";
    $c = pcntl_fork();
    if ($c === 0) {
        exit(blocked() > 30 ? 0 : 1);
    }
    pcntl_waitpid($c, $status);
    echo "pcntl_fork() child blocks every signal, as with pcntl: ", var_export(pcntl_wexitstatus($status) === 0, true), "\n";
});
posix_kill(getmypid(), SIGUSR1);
pcntl_signal_dispatch();
echo "after the dispatch: ", blocked(), " blocked\n";
?>
--EXPECT--
in the handler, every signal is blocked: true
Process::fork() child: exitCode NULL, signal 15
Process::fork() child blocks SIGUSR2 only: true
pcntl_fork() child blocks every signal, as with pcntl: true
after the dispatch: 1 blocked
