--TEST--
Trust: open_basedir holds for every path-taking API (Queue framed and RAW, the seed functions, Fifo, the fromPath() of the SysV classes), and /proc/self/mem is never a queue
--EXTENSIONS--
fileq
pcntl
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir("$base/jail", 0700, true);
$outside = "$base/outside.q";
@unlink($outside);
(new FileQ\Queue($outside, 64))->push('the job outside');
file_put_contents("$base/outside.raw", "12345678");

// the sandboxed script: a child confined to jail/
$pid = pcntl_fork();
if ($pid === 0) {
    ini_set('open_basedir', "$base/jail");
    $tries = [
        'Queue' => fn () => (new FileQ\Queue($outside, 64))->pop(),
        'Queue, new file' => fn () => new FileQ\Queue("$base/new.q", 64),
        'Queue RAW' => fn () => (new FileQ\Queue("$base/outside.raw", 8, FileQ\Queue::RAW))->pop(),
        'Queue, relative' => function () use ($base) { chdir("$base/jail"); return new FileQ\Queue('../outside.q', 64); },
        'queue_address_pop' => function () use ($base) {
            $GLOBALS['cron_requests_events_settings'] = ['queue_file' => "$base/outside.raw"];
            return queue_address_pop(8);
        },
        'queue_address_push' => function () use ($base) {
            $GLOBALS['cron_requests_events_settings'] = ['queue_file' => "$base/new.seed"];
            return queue_address_push('x', 8);
        },
        'Fifo' => fn () => new FileQ\Fifo("$base/pipe"),
        'MessageQueue::fromPath' => fn () => FileQ\MessageQueue::fromPath($outside),
        'SharedMemory::fromPath' => fn () => FileQ\SharedMemory::fromPath($outside),
        'Semaphore::fromPath' => fn () => FileQ\Semaphore::fromPath($outside),
    ];
    foreach ($tries as $what => $try) {
        try {
            $got = json_encode($try());
            echo "$what: allowed, $got\n";
        } catch (FileQ\Exception $e) {
            echo "$what: ", get_class($e), ' ', $e->getCode() === 1 ? 'EPERM' : $e->getCode(), ': ', str_replace($base, 'DIR', $e->getMessage()), "\n";
        }
    }
    (new FileQ\Queue("$base/jail/in.q", 64))->push('inside is fine');
    echo "inside: ", (new FileQ\Queue("$base/jail/in.q", 64))->pop(), "\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
echo "outside: ", (new FileQ\Queue($outside, 64))->pop(), ", ", file_get_contents("$base/outside.raw"), "\n";
var_dump(file_exists("$base/new.q"), file_exists("$base/new.seed"), file_exists("$base/pipe"));

// not a file system a queue can live on, confined or not
foreach (['RAW' => FileQ\Queue::RAW, 'framed' => 0] as $what => $flags) {
    try {
        new FileQ\Queue('/proc/self/mem', 16, $flags);
        echo "/proc/self/mem $what: opened\n";
    } catch (FileQ\Exception $e) {
        echo "/proc/self/mem $what: ", $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php
$base = __DIR__ . '/trust_open_basedir.d';
foreach (['jail/in.q', 'outside.q', 'outside.raw', 'new.q', 'new.seed', 'pipe'] as $f) {
    @unlink("$base/$f");
}
@rmdir("$base/jail");
@rmdir($base);
?>
--EXPECT--
Queue: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.q': Operation not permitted
Queue, new file: FileQ\IOException EPERM: open (open_basedir) 'DIR/new.q': Operation not permitted
Queue RAW: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.raw': Operation not permitted
Queue, relative: FileQ\IOException EPERM: open (open_basedir) 'DIR/jail/../outside.q': Operation not permitted
queue_address_pop: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.raw': Operation not permitted
queue_address_push: FileQ\IOException EPERM: open (open_basedir) 'DIR/new.seed': Operation not permitted
Fifo: FileQ\IOException EPERM: open (open_basedir) 'DIR/pipe': Operation not permitted
MessageQueue::fromPath: FileQ\IOException EPERM: ftok (open_basedir) 'DIR/outside.q': Operation not permitted
SharedMemory::fromPath: FileQ\IOException EPERM: ftok (open_basedir) 'DIR/outside.q': Operation not permitted
Semaphore::fromPath: FileQ\IOException EPERM: ftok (open_basedir) 'DIR/outside.q': Operation not permitted
inside: inside is fine
outside: the job outside, 12345678
bool(false)
bool(false)
bool(false)
/proc/self/mem RAW: open '/proc/self/mem': a file of a kernel file system (/proc, /sys, ...) is not a queue
/proc/self/mem framed: open '/proc/self/mem': a file of a kernel file system (/proc, /sys, ...) is not a queue
