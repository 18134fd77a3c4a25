--TEST--
FileQ\Queue::register() drops dead members and replaces this process's entry, so a pool of short-lived workers never fills the boot state; unregister() takes a member out
--EXTENSIONS--
fileq
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
@unlink($f);
$q = new FileQ\Queue($f);
// 200 short-lived workers, 8 at a time: each registers and exits.
$failed = 0;
for ($wave = 0; $wave < 25; $wave++) {
    $pids = [];
    for ($i = 0; $i < 8; $i++) {
        $pids[] = FileQ\Process::fork(function () use ($f) {
            (new FileQ\Queue($f))->register('workers');
            return 0;
        });
    }
    foreach ($pids as $pid) {
        $failed += FileQ\Process::wait($pid)['exitCode'] !== 0;
    }
}
echo "workers that failed to register: $failed\n";
var_dump($q->members('workers'));

// Registering twice keeps one entry; unregister() removes it and the empty role.
$q->register('workers');
$q->register('workers');
var_dump(array_keys($q->members('workers')) === [getmypid()]);
$q->unregister('workers');
var_dump($q->members('workers'), array_key_exists('workers', $q->boot()));
$q->unregister('workers');  // not a member: nothing to do
$q->register();
$q->unregister();
var_dump($q->boot());
try {
    $q->unregister('');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_register_prune.q'); ?>
--EXPECT--
workers that failed to register: 0
array(0) {
}
bool(true)
array(0) {
}
bool(false)
array(0) {
}
FileQ\Queue::unregister(): Argument #1 ($role) must not be empty
