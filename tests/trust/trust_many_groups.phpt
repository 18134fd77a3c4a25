--TEST--
Trust: a queue file shared through a group is opened by a member of that group who has more than 256 supplementary groups (setpriv --groups), and still refused to a process in none of them
--EXTENSIONS--
fileq
--SKIPIF--
<?php
if (!function_exists('posix_getuid') || posix_getuid() !== 0) die('skip run as root (setpriv, chown)');
exec('setpriv --regid=65534 --groups=1,2 true 2>&1', $out, $rc);
if ($rc !== 0) die('skip setpriv is not available here: ' . implode(' ', $out));
?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($dir, 0755);
chmod($dir, 0755);
$f = "$dir/shared.q";
$php = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=fileq', '-r',
    'try { echo (new FileQ\Queue($argv[1], 64))->pop(), "\n"; } catch (FileQ\Exception $e) { echo get_class($e), "\n"; }', $f];
foreach (['257 groups, 1299 among them' => range(1000, 1255), '300 groups, 1299 among them' => range(1000, 1299),
          '300 groups, not 1299' => range(2000, 2299)] as $what => $groups) {
    if (!in_array(1299, $groups) && $what !== '300 groups, not 1299') {
        $groups[] = 1299;
    }
    @unlink($f);
    (new FileQ\Queue($f, 64, 0, 0660))->push('for the group');
    chown($f, 65533);
    chgrp($f, 1299);
    // Still root (a tool's preloads and logs stay readable): the trust rule is the same for root, uid 65533's file is
    // used only through its group.
    $p = proc_open(['setpriv', '--regid=65534', '--groups=' . implode(',', $groups), ...$php],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    echo "$what: ", trim(stream_get_contents($pipes[1]) . stream_get_contents($pipes[2])), "\n";
    proc_close($p);
}
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/trust_many_groups.d';
@unlink("$dir/shared.q");
@rmdir($dir);
?>
--EXPECT--
257 groups, 1299 among them: for the group
300 groups, 1299 among them: for the group
300 groups, not 1299: FileQ\Exception
