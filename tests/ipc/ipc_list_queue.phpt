--TEST--
Ipc::list() shows a message queue that exists, and not one that was removed
--EXTENSIONS--
fileq
--FILE--
<?php
function find(string $kind, int $key): ?array {
    foreach (FileQ\Ipc::list()[$kind] as $e) {
        if ($e['key'] === $key) {
            return $e;
        }
    }
    return null;
}
$key = ftok(__FILE__, 'x');
var_dump(find('msg', $key));
$q = new FileQ\MessageQueue($key, 0640);
try {
    $q->send('12345', 1, false);
    $q->send('678', 1, false);
    $e = find('msg', $key);
    var_dump($e['id'] === $q->getId(), decoct($e['perms']), $e['qnum'], $e['cbytes'], $e['lspid'] === getmypid(), $e['uid'] === getmyuid());
} finally {
    $q->remove();
}
var_dump(find('msg', $key));
?>
--EXPECT--
NULL
bool(true)
string(3) "640"
int(2)
int(8)
bool(true)
bool(true)
NULL
