--TEST--
push() with a delay: bad delays are ValueErrors, a RAW queue refuses, an oversize frame is refused with nothing kept
--EXTENSIONS--
fileq
--FILE--
<?php
use FileQ\Queue;
$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($path);
@unlink("$path.raw");
$q = new Queue($path, 64);
foreach ([-1, NAN, INF, 2e9] as $d) {
    try {
        $q->push('x', $d);
    } catch (\ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    $q->push(str_repeat('x', 57), 1);
} catch (FileQ\TooLargeException $e) {
    echo get_class($e), "\n";
}
var_dump($q->stats()['delayed'], count($q));
var_dump($q->push('zero delay', 0) > 0);
$raw = new Queue("$path.raw", 64, Queue::RAW);
try {
    $raw->push('x', 0.5);
} catch (FileQ\Exception $e) {
    echo get_class($e), ': ', str_replace("$path.raw", 'PATH', $e->getMessage()), "\n";
}
var_dump(filesize("$path.raw"));
?>
--CLEAN--
<?php @unlink(__DIR__ . '/delay_errors.q'); @unlink(__DIR__ . '/delay_errors.q.raw'); ?>
--EXPECT--
ValueError: FileQ\Queue::push(): Argument #2 ($delay) must be a number of seconds between 0 and 1e9
ValueError: FileQ\Queue::push(): Argument #2 ($delay) must be a number of seconds between 0 and 1e9
ValueError: FileQ\Queue::push(): Argument #2 ($delay) must be a number of seconds between 0 and 1e9
ValueError: FileQ\Queue::push(): Argument #2 ($delay) must be a number of seconds between 0 and 1e9
FileQ\TooLargeException
int(0)
int(0)
bool(true)
FileQ\Exception: push() with a delay: 'PATH' is a RAW queue: the seed's layout has no room for delayed frames
int(0)
