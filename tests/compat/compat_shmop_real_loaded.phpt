--TEST--
shmop stand-in: with ext/shmop loaded (before or after fileq), fileq leaves shmop_* and Shmop alone
--SKIPIF--
<?php
foreach (['shmop', 'fileq'] as $e) {
    if (!is_file(ini_get('extension_dir') . "/$e.so")) die("skip $e.so not in extension_dir");
}
?>
--FILE--
<?php
$code = 'echo FileQ\compat()["shmop"] ? "fileq" : "real", " ", (new ReflectionFunction("shmop_open"))->getExtensionName(), " ", '
      . '(new ReflectionClass("Shmop"))->getExtensionName(), " ", count(array_intersect(get_extension_funcs("fileq"), ["shmop_open"])), "\n";';
foreach ([['fileq', 'shmop'], ['shmop', 'fileq'], ['fileq']] as $exts) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir')];
    foreach ($exts as $e) {
        array_push($cmd, '-d', "extension=$e");
    }
    $p = proc_open(array_merge($cmd, ['-r', $code]), [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo implode(',', $exts), ': ', stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    proc_close($p);
}
?>
--EXPECT--
fileq,shmop: real shmop shmop 0
shmop,fileq: real shmop shmop 0
fileq: fileq fileq fileq 1
