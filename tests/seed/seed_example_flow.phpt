--TEST--
seed API: the seed's multi-process example (a worker, then 4 handlers that register in the boot frame and pop LIFO) on the native functions
--EXTENSIONS--
fileq
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip needs pcntl');
--FILE--
<?php
/*
 * The flow of the seed's callback_addressed_queue_example.php: cron.php names
 * the queue file; a worker writes the boot frame (4096 bytes at 0), a 16 KiB
 * index frame and a thousand data frames of 95 bytes; then handler processes
 * register themselves in the boot frame from a callback (under the lock) and
 * pop frames LIFO until the last frame is blank: the end of the queue.
 */
$base = __DIR__ . '/' . basename(__FILE__, '.php');
$cron_requests_events_settings = ['queue_file' => "$base.queue"];
file_put_contents("$base.queue", '');
$frame_size = 95;
$frames = 1000;
$handlers = 4;

function boot_read($fh): array
{
    fseek($fh, 0);
    return unserialize(trim(fread($fh, 4096)));
}

function boot_write($fh, array $boot): void
{
    fseek($fh, 0);
    fwrite($fh, str_pad(serialize($boot), 4096, "\0"), 4096);
    fflush($fh);
}

// worker mode
$pid = pcntl_fork();
if ($pid === 0) {
    $boot = [
        'workers' => [getmypid() => ['process_id' => getmypid(), 'last_update' => microtime(true)]],
        'handlers' => [],
        'system_variables' => [],
        'reserved' => [],
        'index_offset' => 4097,
        'index_frame_size' => 1024 * 16,
        'data_offset' => 1024 * 16 + 4098,
        'data_frame_size' => $frame_size,
    ];
    queue_address_push(serialize($boot), 4096, 0);
    queue_address_push(serialize(['frames' => $frames, 'created' => time()]), $boot['index_frame_size'], $boot['index_offset']);
    for ($i = 1; $i <= $frames; $i++) {
        $frame = json_encode(['id' => $i, 'task' => 'cron_event', 'time' => microtime(true)]);
        queue_address_push(str_pad($frame, 80, ' '), $frame_size);
    }
    exit(0);
}
pcntl_waitpid($pid, $status);
clearstatcache();
echo "worker: exit ", pcntl_wexitstatus($status), ", file ", filesize("$base.queue"), " bytes\n";

// handler mode
$register = function ($fh, $frame_size, $frame_cursor) {
    $boot = boot_read($fh);
    $boot['handlers'][getmypid()] = ['process_id' => getmypid(), 'last_update' => microtime(true)];
    boot_write($fh, $boot);
};
$children = [];
for ($h = 0; $h < $handlers; $h++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $ids = [];
        $callback = $register;
        while (($frame = queue_address_pop($frame_size, PHP_INT_MAX, '', $callback)) !== '') {
            $callback = '';
            $ids[] = json_decode($frame, true)['id'];
        }
        // report the count in the boot frame, under the lock, like the registration
        queue_address_pop(4096, 0, '', function ($fh) use ($ids) {
            $boot = boot_read($fh);
            $boot['handlers'][getmypid()]['processed'] = count($ids);
            boot_write($fh, $boot);
        });
        file_put_contents("$base.handled." . getmypid(), implode(',', $ids));
        exit(0);
    }
    $children[] = $pid;
}
foreach ($children as $pid) {
    pcntl_waitpid($pid, $status);
}

$boot = unserialize(queue_address_pop(4096, 0));
echo "workers: ", count($boot['workers']), "\n";
echo "handlers registered: ", count($boot['handlers']), "\n";
sort($children);
$registered = array_keys($boot['handlers']);
sort($registered);
var_dump($registered === $children);
$all = [];
$counts = 0;
foreach ($children as $pid) {
    $ids = array_filter(explode(',', file_get_contents("$base.handled.$pid")), 'strlen');
    if (count($ids) !== $boot['handlers'][$pid]['processed']) {
        echo "handler $pid: count in the boot frame differs\n";
    }
    $counts += $boot['handlers'][$pid]['processed'];
    $all = array_merge($all, $ids);
}
echo "processed: $counts\n";
echo "distinct frames handled: ", count(array_unique($all)), "\n";
$expected = range(1, $frames);
sort($all);
var_dump(array_map('intval', $all) === $expected);
clearstatcache();
echo "left in the file: ", filesize("$base.queue"), " bytes\n";
var_dump(unserialize(queue_address_pop(1024 * 16, 4097))['frames']);
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.queue");
foreach (glob("$base.handled.*") as $f) {
    @unlink($f);
}
?>
--EXPECT--
worker: exit 0, file 115481 bytes
workers: 1
handlers registered: 4
bool(true)
processed: 1000
distinct frames handled: 1000
bool(true)
left in the file: 20481 bytes
int(1000)
