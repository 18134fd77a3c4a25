--TEST--
FileQ\Fifo: a forked child writes, the parent reads until the child closes its end
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_child_writes_parent_reads.fifo'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.fifo';
$fifo = new Fifo($path, 0600);
try {
    var_dump(filetype($path), $fifo->getPath() === $path);
    $pid = Process::fork(function () use ($path) {
        $out = new Fifo($path);
        $n = 0;
        foreach (['first;', 'second;', str_repeat('x', Fifo::ATOMIC_SIZE) . ';'] as $message) {
            $n += $out->write($message);
        }
        $out->close();
        return $n === 14 + Fifo::ATOMIC_SIZE ? 0 : 1;
    });
    $got = '';
    while (($chunk = $fifo->read(1000, 30)) !== '') {
        $got .= $chunk;
    }
    [$a, $b, $c] = explode(';', $got);
    var_dump($a, $b, strlen($c), Process::wait($pid)['exitCode']);
} finally {
    $fifo->remove();
}
var_dump(file_exists($path));
?>
--EXPECT--
string(4) "fifo"
bool(true)
string(5) "first"
string(6) "second"
int(4096)
int(0)
bool(false)
