--TEST--
pcntl stand-in: pcntl_signal() handlers run in pcntl_signal_dispatch(), once per delivery, in arrival order, with pcntl's siginfo
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork') || (new ReflectionFunction('pcntl_fork'))->getExtensionName() !== 'fileq') die('skip pcntl is not fileq\'s stand-in here (.ci/compat-min-php runs this)');
--FILE--
<?php
function h(int $signo, array $info) {
    echo "handler $signo: ", implode(',', array_keys($info)), ", from me: ", var_export($info['pid'] === posix_getpid(), true), "\n";
}
var_dump(pcntl_signal(SIGUSR1, 'h'), pcntl_signal(SIGUSR2, 'h'), pcntl_signal_get_handler(SIGUSR1), pcntl_signal_get_handler(SIGTERM));
posix_kill(posix_getpid(), SIGUSR2);
posix_kill(posix_getpid(), SIGUSR1);
posix_kill(posix_getpid(), SIGUSR1);
echo "nothing before the dispatch\n";
var_dump(pcntl_signal_dispatch());
var_dump(pcntl_signal(SIGUSR1, SIG_IGN), pcntl_signal_get_handler(SIGUSR1));
posix_kill(posix_getpid(), SIGUSR1);
pcntl_signal_dispatch();
echo "done\n";
?>
--EXPECT--
bool(true)
bool(true)
string(1) "h"
int(0)
nothing before the dispatch
handler 12: signo,errno,code,pid,uid, from me: true
handler 10: signo,errno,code,pid,uid, from me: true
handler 10: signo,errno,code,pid,uid, from me: true
bool(true)
bool(true)
int(1)
done
