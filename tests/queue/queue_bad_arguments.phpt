--TEST--
FileQ\Queue: bad flags, permissions (set-id and sticky bits too), empty paths, NUL bytes and wrong types are refused
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$calls = [
    fn() => new FileQ\Queue($f, 256, 4),
    fn() => new FileQ\Queue($f, 256, 0, -1),
    fn() => new FileQ\Queue($f, 256, 0, 0o10000),
    fn() => new FileQ\Queue($f, 256, 0, 0o4600),
    fn() => new FileQ\Queue($f, 256, 0, 0o1666),
    fn() => new FileQ\Queue(''),
    fn() => new FileQ\Queue("$f\0.evil"),
    fn() => new FileQ\Queue([]),
    fn() => new FileQ\Queue($f, '64 bytes'),
];
foreach ($calls as $call) {
    try {
        $call();
    } catch (Throwable $e) {
        echo get_class($e), ': ', str_replace($f, 'FILE', $e->getMessage()), "\n";
    }
}
var_dump(file_exists($f));
$q = new FileQ\Queue($f);
foreach ([fn() => $q->push([]), fn() => $q->read('x'), fn() => $q->transaction('no_such_function')] as $call) {
    try {
        $call();
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count($q));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_bad_arguments.q'); ?>
--EXPECT--
ValueError: FileQ\Queue::__construct(): Argument #3 ($flags) must be a combination of FileQ\Queue::RAW, FileQ\Queue::SYNC and FileQ\Queue::JOBS
ValueError: FileQ\Queue::__construct(): Argument #4 ($permissions) must be between 0 and 0o777 (no set-id or sticky bit)
ValueError: FileQ\Queue::__construct(): Argument #4 ($permissions) must be between 0 and 0o777 (no set-id or sticky bit)
ValueError: FileQ\Queue::__construct(): Argument #4 ($permissions) must be between 0 and 0o777 (no set-id or sticky bit)
ValueError: FileQ\Queue::__construct(): Argument #4 ($permissions) must be between 0 and 0o777 (no set-id or sticky bit)
ValueError: FileQ\Queue::__construct(): Argument #1 ($path) must not be empty
ValueError: FileQ\Queue::__construct(): Argument #1 ($path) must not contain any null bytes
TypeError: FileQ\Queue::__construct(): Argument #1 ($path) must be of type string, array given
TypeError: FileQ\Queue::__construct(): Argument #2 ($frameSize) must be of type ?int, string given
bool(false)
TypeError: FileQ\Queue::push(): Argument #1 ($data) must be of type string, array given
TypeError: FileQ\Queue::read(): Argument #1 ($cursor) must be of type int, string given
TypeError: FileQ\Queue::transaction(): Argument #1 ($fn) must be a valid callback, function "no_such_function" not found or invalid function name
int(0)
