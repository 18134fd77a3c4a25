--TEST--
Trust: open_basedir narrowed at run time holds for the seed functions' next call, also on a file already used (cached) and by the same path string
--EXTENSIONS--
fileq
pcntl
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir("$base/jail", 0700, true);
$outside = "$base/outside.seed";
file_put_contents($outside, '');

// the sandboxed script: a child that used the file, then narrowed open_basedir to jail/
$pid = pcntl_fork();
if ($pid === 0) {
    $GLOBALS['cron_requests_events_settings'] = ['queue_file' => $outside];
    echo "before: push at ", queue_address_push('before', 8), "\n";
    ini_set('open_basedir', "$base/jail");
    $tries = [
        'push, same string' => fn () => queue_address_push('after', 8),
        'pop, same string' => fn () => queue_address_pop(8),
        'pop, a new string' => function () use ($base) {
            $GLOBALS['cron_requests_events_settings'] = ['queue_file' => "$base/" . 'outside.seed'];
            return queue_address_pop(8);
        },
        'pop, the ini setting' => function () use ($outside) {
            unset($GLOBALS['cron_requests_events_settings']);
            ini_set('fileq.queue_file', $outside);
            return queue_address_pop(8);
        },
    ];
    foreach ($tries as $what => $try) {
        try {
            $got = json_encode($try());
            echo "$what: allowed, $got\n";
        } catch (FileQ\Exception $e) {
            echo "$what: ", get_class($e), ' ', $e->getCode() === 1 ? 'EPERM' : $e->getCode(), ': ', str_replace($base, 'DIR', $e->getMessage()), "\n";
        }
    }
    file_put_contents("$base/jail/in.seed", '');
    $GLOBALS['cron_requests_events_settings'] = ['queue_file' => "$base/jail/in.seed"];
    queue_address_push('inside', 8);
    echo "inside: ", queue_address_pop(8), "\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
echo "outside holds: ", json_encode(file_get_contents($outside)), "\n";
?>
--CLEAN--
<?php
$base = __DIR__ . '/trust_open_basedir_narrowed.d';
@unlink("$base/jail/in.seed");
@unlink("$base/outside.seed");
@rmdir("$base/jail");
@rmdir($base);
?>
--EXPECT--
before: push at 0
push, same string: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.seed': Operation not permitted
pop, same string: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.seed': Operation not permitted
pop, a new string: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.seed': Operation not permitted
pop, the ini setting: FileQ\IOException EPERM: open (open_basedir) 'DIR/outside.seed': Operation not permitted
inside: inside
outside holds: "before\u0000\u0000"
