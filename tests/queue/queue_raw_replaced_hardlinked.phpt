--TEST--
FileQ\Queue::RAW: a file replaced while hard-linked elsewhere is noticed at the next call, also before the change watch
--EXTENSIONS--
fileq
--FILE--
<?php
$d = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($d);
foreach ([10, 3000] as $calls) {
    $p = "$d/raw.q";
    $q = new FileQ\Queue($p, 16, FileQ\Queue::RAW);
    $q->push("old");
    for ($i = 0; $i < $calls; $i++) {
        $q->count();
    }
    link($p, "$d/link");  // the replaced file keeps a name: its link count stays 1
    file_put_contents("$d/new", str_pad("new", 16, "\0"));
    rename("$d/new", $p);
    usleep(150000);
    $q->push("after");
    echo "$calls calls: path holds ", json_encode(str_replace("\0", '', file_get_contents($p))),
        ", the link ", json_encode(str_replace("\0", '', file_get_contents("$d/link"))), "\n";
    unset($q);
    unlink($p);
    unlink("$d/link");
}
?>
--CLEAN--
<?php
$d = __DIR__ . '/queue_raw_replaced_hardlinked.d';
@unlink("$d/raw.q"); @unlink("$d/link"); @unlink("$d/new"); @rmdir($d);
?>
--EXPECT--
10 calls: path holds "newafter", the link "old"
3000 calls: path holds "newafter", the link "old"
