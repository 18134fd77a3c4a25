--TEST--
compat: each family is provided only when its extension is missing, whatever the order of extension= lines
--SKIPIF--
<?php
foreach (['sysvmsg', 'sysvsem', 'sysvshm', 'fileq'] as $e) {
    if (!is_file(ini_get('extension_dir') . "/$e.so")) die("skip $e.so not in extension_dir");
}
?>
--FILE--
<?php
$code = 'foreach (array_slice(FileQ\compat(), 0, 3) as $f => $on) echo $f, "=", $on ? "fileq" : "real", " "; '
      . 'foreach (["msg_send", "sem_get", "shm_attach"] as $f) echo $f, ":", (new ReflectionFunction($f))->getExtensionName(), " "; '
      . 'echo "SysvSemaphore:", (new ReflectionClass("SysvSemaphore"))->getExtensionName(), "\n";';
foreach ([['fileq', 'sysvmsg', 'sysvsem', 'sysvshm'], ['sysvmsg', 'sysvsem', 'sysvshm', 'fileq'],
          ['fileq', 'sysvsem'], ['sysvshm', 'fileq'], ['fileq', 'sysvmsg']] as $exts) {
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
fileq,sysvmsg,sysvsem,sysvshm: sysvmsg=real sysvsem=real sysvshm=real msg_send:sysvmsg sem_get:sysvsem shm_attach:sysvshm SysvSemaphore:sysvsem
sysvmsg,sysvsem,sysvshm,fileq: sysvmsg=real sysvsem=real sysvshm=real msg_send:sysvmsg sem_get:sysvsem shm_attach:sysvshm SysvSemaphore:sysvsem
fileq,sysvsem: sysvmsg=fileq sysvsem=real sysvshm=fileq msg_send:fileq sem_get:sysvsem shm_attach:fileq SysvSemaphore:sysvsem
sysvshm,fileq: sysvmsg=fileq sysvsem=fileq sysvshm=real msg_send:fileq sem_get:fileq shm_attach:sysvshm SysvSemaphore:fileq
fileq,sysvmsg: sysvmsg=real sysvsem=fileq sysvshm=fileq msg_send:sysvmsg sem_get:fileq shm_attach:fileq SysvSemaphore:fileq
