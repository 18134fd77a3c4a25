--TEST--
seed API: a child forked inside a callback that pushes waits for the parent's call to end, then appends, as with the pure-PHP original (each call fopen()s and flock()s anew); the same bytes either way
--EXTENSIONS--
fileq
pcntl
mbstring
--FILE--
<?php
require __DIR__ . '/seed_queue_baseline.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';

foreach (['queue_address_push', 'seed_queue_address_push'] as $push) {
    file_put_contents($f, '');
    $cron_requests_events_settings['queue_file'] = $f;
    $child = 0;
    $push('parent', 8, PHP_INT_MAX, function ($fh) use ($push, &$child) {
        $child = pcntl_fork();
        if ($child === 0) {
            $push('child', 8);   // waits for the parent's lock, then appends
            exit(0);
        }
        usleep(200000);         // the child is waiting by now
    });
    pcntl_waitpid($child, $status);
    printf("%-24s exit %d, frames %s\n", $push, pcntl_wexitstatus($status),
        json_encode(array_map(fn ($x) => rtrim($x, "\0"), str_split(file_get_contents($f), 8))));
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/seed_fork_inside_callback.q'); ?>
--EXPECT--
queue_address_push       exit 0, frames ["parent","child"]
seed_queue_address_push  exit 0, frames ["parent","child"]
