--TEST--
Trust: nothing is created through a dangling link, even one of the caller's own (O_EXCL's rule): Queue (framed, RAW) and Fifo refuse it and leave its target absent; a link of the caller's own to an existing file, or to a directory a new file goes in, is followed
--EXTENSIONS--
fileq
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir("$base/real", 0700, true);
$tries = [
    'Queue' => fn (string $p) => new FileQ\Queue($p, 64),
    'Queue RAW' => fn (string $p) => new FileQ\Queue($p, 64, FileQ\Queue::RAW),
    'Fifo' => fn (string $p) => new FileQ\Fifo($p),
];
foreach ($tries as $what => $open) {
    @unlink("$base/link");
    symlink("$base/target", "$base/link");  // dangling
    try {
        $open("$base/link");
        echo "$what: created\n";
    } catch (FileQ\Exception $e) {
        echo "$what: ", get_class($e), ' ', $e->getCode() === 2 ? 'ENOENT' : $e->getCode(), ': ', str_replace($base, 'DIR', $e->getMessage()), "\n";
    }
    var_dump(file_exists("$base/target"));
}
// followed: a link to an existing queue, and a link to a directory a new queue is made in
@unlink("$base/link");
(new FileQ\Queue("$base/real/q", 64))->push('through the link');
symlink("$base/real/q", "$base/link");
echo (new FileQ\Queue("$base/link", 64))->pop(), "\n";
symlink("$base/real", "$base/dir");
(new FileQ\Queue("$base/dir/new", 64))->push('made');
echo (new FileQ\Queue("$base/real/new", 64))->pop(), "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/trust_dangling_link_own.d';
foreach (['link', 'dir', 'target', 'real/q', 'real/new'] as $f) {
    @unlink("$base/$f");
}
@rmdir("$base/real");
@rmdir($base);
?>
--EXPECT--
Queue: FileQ\IOException ENOENT: open 'DIR/link': No such file or directory (a symbolic link to a file that does not exist: not created through it)
bool(false)
Queue RAW: FileQ\IOException ENOENT: open 'DIR/link': No such file or directory (a symbolic link to a file that does not exist: not created through it)
bool(false)
Fifo: FileQ\IOException ENOENT: mkfifo 'DIR/link': No such file or directory (a symbolic link to a file that does not exist: not created through it)
bool(false)
through the link
made
