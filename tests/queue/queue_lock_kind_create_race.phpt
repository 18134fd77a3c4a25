--TEST--
A queue file is never seen under its name before it has the permissions asked for: with 0660 asked under umask 022, a process opening it while its maker is held up at the fchmod() (strace delays it by 1 s) judged it owner-only (0640) and locked it with the mutex, and the maker then timed out for as long as that process lived. Now both lock it with flock
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!is_executable('/usr/bin/strace')) die('skip strace needed to hold the maker at its fchmod()');
if (getenv('SKIP_ASAN') || getenv('USE_ZEND_ALLOC') === '0') die('skip strace over the memory checkers');
?>
--FILE--
<?php
$dir = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($dir);
array_map('unlink', glob("$dir/*"));
$f = "$dir/group.q";
$php = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=fileq', '-r'];
$code = 'umask(022); try { $q = new FileQ\Queue($argv[1], null, 0, 0660, 2); $q->push($argv[2]); '
      . 'echo $argv[2], ": ", $q->stats()["lock"], ", pushed\n"; if ($argv[2] === "opener") sleep(3); } '
      . 'catch (FileQ\Exception $e) { echo $argv[2], ": ", get_class($e), "\n"; }';
$maker = proc_open(array_merge(['/usr/bin/strace', '-f', '-qq', '-o', '/dev/null', '-e', 'trace=fchmod',
    '-e', 'inject=fchmod:delay_enter=1000000'], $php, [$code, $f, 'maker']), [1 => ['pipe', 'w']], $mp);
usleep(500000);
$opener = proc_open(array_merge($php, [$code, $f, 'opener']), [1 => ['pipe', 'w']], $op);
$lines = [fgets($op[1]) ?: "opener: no output\n"];
$lines[] = stream_get_contents($mp[1]) ?: "maker: no output\n";
proc_close($maker);
$lines[] = stream_get_contents($op[1]);
proc_close($opener);
echo implode('', $lines);
printf("mode %o\n", fileperms($f) & 0777);
$q = new FileQ\Queue($f);
echo count($q), " frames\n";
unset($q);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--CLEAN--
<?php
$dir = __DIR__ . '/queue_lock_kind_create_race.d';
array_map('unlink', glob("$dir/*") ?: []);
@rmdir($dir);
?>
--EXPECT--
opener: flock, pushed
maker: flock, pushed
mode 660
2 frames
