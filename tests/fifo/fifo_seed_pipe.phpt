--TEST--
FileQ\Fifo: the seed's named-pipe example (the child writes, the parent reads)
--EXTENSIONS--
fileq
--CLEAN--
<?php @unlink(__DIR__ . '/fifo_seed_pipe.pipe'); ?>
--FILE--
<?php
use FileQ\{Fifo, Process};

$pipe_path = __DIR__ . '/' . basename(__FILE__, '.php') . '.pipe';
$pipe = new Fifo($pipe_path, 0664);   // created when missing
try {
    $pid = Process::fork(function () use ($pipe_path) {
        // child: writes into the pipe
        $file = new Fifo($pipe_path);
        for ($i = 0; $i < 3; $i++) {
            $file->write('hello world');
            usleep(100000);
        }
        return 0;
    });
    // parent: reads from the pipe
    for ($i = 0; $i < 3; $i++) {
        // The seed reads 20 bytes; 11 (one message) keeps the output the same
        // however late the parent comes to read.
        $rel = $pipe->read(11, 30);
        echo "{$rel}\n";
    }
    Process::wait($pid);
} finally {
    $pipe->remove();
}
?>
--EXPECT--
hello world
hello world
hello world
