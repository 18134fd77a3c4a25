--TEST--
compat: phpinfo() says which standard IPC families fileq provides
--SKIPIF--
<?php if (extension_loaded('sysvsem')) die('skip sysvsem is loaded'); ?>
--INI--
pcre.jit=0
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match_all('/^sysv(msg|sem|shm) functions => .*$/m', $info, $m);
echo implode("\n", $m[0]), "\n";
// one line per family, saying what FileQ\compat() says (posix, pcntl, shmop depend on the PHP)
foreach (FileQ\compat() as $family => $on) {
    $want = $on ? 'provided by fileq (extension not loaded)' : 'from the real extension';
    echo $family, ': ', preg_match("/^$family functions => (.*)$/m", $info, $line) ? ($line[1] === $want ? 'as FileQ\compat() says' : "WRONG: {$line[1]}") : 'missing', "\n";
}
?>
--EXPECT--
sysvmsg functions => provided by fileq (extension not loaded)
sysvsem functions => provided by fileq (extension not loaded)
sysvshm functions => provided by fileq (extension not loaded)
sysvmsg: as FileQ\compat() says
sysvsem: as FileQ\compat() says
sysvshm: as FileQ\compat() says
posix: as FileQ\compat() says
pcntl: as FileQ\compat() says
shmop: as FileQ\compat() says
