--TEST--
MessageQueue: the seed's producers and consumers, forked, every message delivered once
--EXTENSIONS--
fileq
--SKIPIF--
<?php
// pcntl/posix or fileq's stand-ins for them (a PHP built without them)
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$q = new FileQ\MessageQueue($key);
$results = new FileQ\MessageQueue(ftok(__FILE__, 'r'));
try {
    $children = [];
    for ($p = 0; $p < 3; $p++) {
        if (($pid = pcntl_fork()) === 0) {
            $mq = new FileQ\MessageQueue($key);
            for ($i = 1; $i <= 50; $i++) {
                $mq->send("producer $p message $i");
            }
            exit(0);
        }
        $children[] = $pid;
    }
    for ($c = 0; $c < 2; $c++) {
        if (($pid = pcntl_fork()) === 0) {
            $mq = new FileQ\MessageQueue($key);
            $seen = [];
            for ($i = 0; $i < 75; $i++) {
                $seen[] = $mq->receive(0, 1024, true, 30);
            }
            (new FileQ\MessageQueue(ftok(__FILE__, 'r')))->send($seen, 1);
            exit(0);
        }
        $children[] = $pid;
    }
    $all = array_merge($results->receive(0, 1 << 20, true, 60), $results->receive(0, 1 << 20, true, 60));
    foreach ($children as $pid) {
        pcntl_waitpid($pid, $status);
    }
    var_dump(count($all), count(array_unique($all)), count($q));
} finally {
    $q->remove();
    $results->remove();
}
?>
--EXPECT--
int(150)
int(150)
int(0)
