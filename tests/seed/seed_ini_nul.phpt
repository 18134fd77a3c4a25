--TEST--
Seed functions: a NUL byte in the ini setting fileq.queue_file is the ValueError a NUL in the global's path is, not a path cut at the NUL
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($f, '');
ini_set('fileq.queue_file', "$f\0.ignored");
foreach (['push' => fn () => queue_address_push('job', 8), 'pop' => fn () => queue_address_pop(8)] as $what => $call) {
    try {
        $got = $call();
        echo "$what: ", json_encode($got), "\n";
    } catch (ValueError $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
clearstatcache();
var_dump(filesize($f));
ini_set('fileq.queue_file', $f);
var_dump(queue_address_push('job', 8), queue_address_pop(8));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/seed_ini_nul.q'); ?>
--EXPECT--
push: The queue file path must not contain any null bytes
pop: The queue file path must not contain any null bytes
int(0)
int(0)
string(3) "job"
