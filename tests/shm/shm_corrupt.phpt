--TEST--
SharedMemory: a damaged or hostile segment gives CorruptException, never a read outside the segment
--EXTENSIONS--
fileq
shmop
--FILE--
<?php
$key = ftok(__FILE__, 'x');
$m = new FileQ\SharedMemory($key, 200);
$raw = shmop_open($key, 'w', 0, 0);
$m->put(1, 'abc');
$m->put(2, 'def');
$good = shmop_read($raw, 0, 200);
$q = fn(int $v) => pack('q', $v);
$cases = [
    'magic'          => [0, 'XHP_SM'],
    'end past total' => [16, $q(5000)],
    'start < head'   => [8, $q(8)],
    'free'           => [24, $q(1)],
    'total > size'   => [32, $q(1 << 40)],
    'chunk next 0'   => [40 + 16, $q(0)],
    'chunk next big' => [40 + 16, $q(1 << 30)],
    'length > chunk' => [40 + 8, $q(1000)],
    'length < 0'     => [40 + 8, $q(-1)],
    'bad value'      => [40 + 24, 'x:'],
];
try {
    foreach ($cases as $name => [$off, $bytes]) {
        shmop_write($raw, $good, 0);
        shmop_write($raw, $bytes, $off);
        foreach (['get1' => fn() => $m->get(1), 'get' => fn() => $m->get(2), 'has' => fn() => $m->has(2), 'put' => fn() => $m->put(3, 'x'), 'keys' => fn() => $m->keys()] as $op => $fn) {
            try {
                $fn();
                $r = 'ok';
            } catch (FileQ\CorruptException $e) {
                $r = 'corrupt';
            }
            echo "$name/$op: $r\n";
        }
    }
    shmop_write($raw, $good, 0);
    var_dump($m->get(1), $m->get(2));
} finally {
    $m->remove();
}
?>
--EXPECT--
magic/get1: corrupt
magic/get: corrupt
magic/has: corrupt
magic/put: corrupt
magic/keys: corrupt
end past total/get1: corrupt
end past total/get: corrupt
end past total/has: corrupt
end past total/put: corrupt
end past total/keys: corrupt
start < head/get1: corrupt
start < head/get: corrupt
start < head/has: corrupt
start < head/put: corrupt
start < head/keys: corrupt
free/get1: corrupt
free/get: corrupt
free/has: corrupt
free/put: corrupt
free/keys: corrupt
total > size/get1: corrupt
total > size/get: corrupt
total > size/has: corrupt
total > size/put: corrupt
total > size/keys: corrupt
chunk next 0/get1: corrupt
chunk next 0/get: corrupt
chunk next 0/has: corrupt
chunk next 0/put: corrupt
chunk next 0/keys: corrupt
chunk next big/get1: corrupt
chunk next big/get: corrupt
chunk next big/has: corrupt
chunk next big/put: corrupt
chunk next big/keys: corrupt
length > chunk/get1: corrupt
length > chunk/get: corrupt
length > chunk/has: corrupt
length > chunk/put: corrupt
length > chunk/keys: corrupt
length < 0/get1: corrupt
length < 0/get: corrupt
length < 0/has: corrupt
length < 0/put: corrupt
length < 0/keys: corrupt
bad value/get1: corrupt
bad value/get: ok
bad value/has: ok
bad value/put: ok
bad value/keys: ok
string(3) "abc"
string(3) "def"
