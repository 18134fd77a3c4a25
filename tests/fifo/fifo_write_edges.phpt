--TEST--
FileQ\Fifo::write(): '' returns 0 at once (no reader waited for); a timeout after part of the data went out says how much the reader gets; two Fifo objects are not comparable
--EXTENSIONS--
fileq
--CLEAN--
<?php
foreach (['a.fifo', 'b.fifo', 'got'] as $n) {
    @unlink(__DIR__ . "/fifo_write_edges.$n");
}
?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$a = __DIR__ . '/' . basename(__FILE__, '.php') . '.a.fifo';
$b = __DIR__ . '/' . basename(__FILE__, '.php') . '.b.fifo';
$gotFile = __DIR__ . '/' . basename(__FILE__, '.php') . '.got';
$fa = new Fifo($a);
$fb = new Fifo($b);
var_dump($fa->write(''), $fa->write('', 0.1), $fa == $fb, $fa == $fa);

// A reader that opens the FIFO, then reads nothing for a while: the pipe fills, the write times out half-way.
$pid = Process::fork(function () use ($a, $gotFile) {
    $r = new Fifo($a);
    try {
        $r->read(1, 0);  // opens the read end, nothing there yet
    } catch (FileQ\TimeoutException $e) {
    }
    usleep(1500000);
    $got = 0;
    while (($d = $r->read(1 << 20, 2.0)) !== '') {
        $got += strlen($d);
    }
    file_put_contents($gotFile, (string) $got);
    return 0;
});
usleep(300000);
try {
    $fa->write(str_repeat('x', 4 << 20), 0.3);
    echo "all written?\n";
} catch (FileQ\TimeoutException $e) {
    echo str_replace($a, 'PATH', $e->getMessage()), "\n";
}
$fa->close();
Process::wait($pid);
preg_match('/\((\d+) of/', $e->getMessage(), $m);
$got = (int) file_get_contents($gotFile);
var_dump($got > 0 && $got < 4 << 20, $got === (int) $m[1]);
$fa->remove();
$fb->remove();
?>
--EXPECTF--
int(0)
int(0)
bool(false)
bool(true)
write 'PATH': timed out (%d of 4194304 bytes written)
bool(true)
bool(true)
