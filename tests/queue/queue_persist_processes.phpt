--TEST--
FileQ\Queue: what a process pushed is there after it exits, in another process
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$php = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=fileq'];
$push = '$q = new FileQ\Queue($argv[1]); foreach (["x", "y", "z"] as $m) { $q->push($m); }';
$pop = '$q = new FileQ\Queue($argv[1]); while (($m = $q->shift()) !== null) { echo $m; } echo " ", count($q);';
$run = function (array $cmd) {
    $p = proc_open($cmd, [1 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    return [proc_close($p), $out];
};
var_dump($run(array_merge($php, ['-r', $push, $f])));
var_dump($run(array_merge($php, ['-r', $pop, $f])));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_persist_processes.q'); ?>
--EXPECT--
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(0) ""
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(5) "xyz 0"
}
