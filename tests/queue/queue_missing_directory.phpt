--TEST--
FileQ\Queue: a missing directory is a FileQ\IOException naming the path, with errno as code
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/no-such-dir-' . getmypid() . '/queue.q';
try {
    new FileQ\Queue($f);
} catch (FileQ\IOException $e) {
    echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
    var_dump($e->getCode(), $e instanceof FileQ\Exception, $e instanceof RuntimeException);
}
var_dump(file_exists(dirname($f)));
?>
--EXPECT--
FileQ\IOException: open 'FILE': No such file or directory
int(2)
bool(true)
bool(true)
bool(false)
