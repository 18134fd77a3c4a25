--TEST--
FileQ\Queue: a child forked inside updateBoot() or transaction() cannot use the parent's lock: its calls there throw (no lost update), and after the callback it uses the queue on its own
--EXTENSIONS--
fileq
--SKIPIF--
<?php
foreach (['pcntl_fork', 'pcntl_waitpid'] as $f) {
    if (!function_exists($f)) die("skip needs $f");
}
?>
--INI--
fileq.lock_timeout=5
--FILE--
<?php
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->updateBoot(fn($b) => ['n' => 0]);

echo "-- updateBoot()\n";
$child = 0;
try {
    $q->updateBoot(function (array &$b) use (&$child) {
        $child = pcntl_fork();
        $b['n']++;
    });
} catch (FileQ\Exception $e) {
    echo "child: ", get_class($e), ": ", str_replace($f, 'FILE', $e->getMessage()), "\n";
}
if ($child === 0) {
    exit(0);
}
pcntl_waitpid($child, $status);
echo "n = ", $q->boot()['n'], "\n";

echo "-- transaction()\n";
$pid = $q->transaction(function ($q) use ($f) {
    $q->push('parent-1');
    $pid = pcntl_fork();
    if ($pid === 0) {
        foreach (['push' => fn () => $q->push('child-inside'), 'count' => fn () => count($q),
                  'wait' => fn () => $q->wait(0), 'transaction' => fn () => $q->transaction(fn () => 1)] as $call => $fn) {
            try {
                $fn();
                echo "child: $call went through\n";
            } catch (FileQ\Exception $e) {
                echo "child: $call: ", str_replace($f, 'FILE', $e->getMessage()), "\n";
            }
        }
        return 0;  // leaves the transaction: the child's copy of the handle is closed, the parent's lock left alone
    }
    $q->push('parent-2');
    return $pid;
});
if ($pid === 0) {
    $q->push('child-after');  // its own lock now: waits for the parent's transaction
    exit(0);
}
pcntl_waitpid($pid, $status);
while (($m = $q->shift()) !== null) {
    echo $m, "\n";
}
?>
--CLEAN--
<?php @unlink(__DIR__ . '/queue_fork_inside_callback.q'); ?>
--EXPECT--
-- updateBoot()
child: FileQ\Exception: queue 'FILE' is locked by the parent process: this process was forked inside its transaction() or updateBoot() callback, whose lock it does not hold (use the queue after the callback returns, or open another Queue)
n = 1
-- transaction()
child: push: queue 'FILE' is locked by the parent process: this process was forked inside its transaction() or updateBoot() callback, whose lock it does not hold (use the queue after the callback returns, or open another Queue)
child: count: queue 'FILE' is locked by the parent process: this process was forked inside its transaction() or updateBoot() callback, whose lock it does not hold (use the queue after the callback returns, or open another Queue)
child: wait: queue 'FILE' is locked by the parent process: this process was forked inside its transaction() or updateBoot() callback, whose lock it does not hold (use the queue after the callback returns, or open another Queue)
child: transaction: queue 'FILE' is locked by the parent process: this process was forked inside its transaction() or updateBoot() callback, whose lock it does not hold (use the queue after the callback returns, or open another Queue)
parent-1
parent-2
child-after
