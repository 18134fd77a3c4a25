--TEST--
pcntl stand-in: bad signal numbers and handlers throw pcntl's ValueError/TypeError; status helpers decode raw statuses
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
foreach ([[0, SIG_DFL], [65, SIG_DFL], [SIGUSR1, 5], [SIGUSR1, 'no_such_function']] as [$sig, $handler]) {
    try {
        pcntl_signal($sig, $handler);
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(pcntl_get_last_error() === PCNTL_EINVAL);
try {
    pcntl_signal_get_handler(33);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(pcntl_wexitstatus(256), pcntl_wifsignaled(9), pcntl_wtermsig(9), pcntl_wifstopped(0x137f), pcntl_wstopsig(0x137f), pcntl_wifcontinued(0xffff));
var_dump(SIG_IGN, SIG_DFL, SIG_ERR, WNOHANG, WUNTRACED, WCONTINUED, SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK, SIGINT === FileQ\Process::SIGINT);
?>
--EXPECT--
ValueError: pcntl_signal(): Argument #1 ($signal) must be greater than or equal to 1
ValueError: pcntl_signal(): Argument #1 ($signal) must be less than 65
ValueError: pcntl_signal(): Argument #2 ($handler) must be either SIG_DFL or SIG_IGN when an integer value is given
TypeError: pcntl_signal(): Argument #2 ($handler) must be of type callable|int, string given
bool(true)
pcntl_signal_get_handler(): Argument #1 ($signal) must be between 1 and 32
int(1)
bool(true)
int(9)
bool(true)
int(19)
bool(true)
int(1)
int(0)
int(-1)
int(1)
int(2)
int(8)
int(0)
int(1)
int(2)
bool(true)
