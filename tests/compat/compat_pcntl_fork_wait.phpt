--TEST--
pcntl stand-in: pcntl_fork() and pcntl_waitpid()/pcntl_wait() report exits and signals in &$status
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
echo (new ReflectionFunction('pcntl_fork'))->getExtensionName(), "\n";
$a = pcntl_fork();
if ($a === 0) {
    exit(3);
}
$b = pcntl_fork();
if ($b === 0) {
    posix_kill(posix_getpid(), SIGKILL);
    exit(0);
}
var_dump(pcntl_waitpid($a, $status) === $a, pcntl_wifexited($status), pcntl_wexitstatus($status));
var_dump(pcntl_wait($status, 0, $ru) === $b, pcntl_wifsignaled($status), pcntl_wtermsig($status), is_array($ru));
var_dump(pcntl_wait($status), pcntl_get_last_error() === PCNTL_ECHILD, pcntl_strerror(pcntl_errno()));
?>
--EXPECT--
fileq
bool(true)
bool(true)
int(3)
bool(true)
bool(true)
int(9)
bool(true)
int(-1)
bool(true)
string(18) "No child processes"
