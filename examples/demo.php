<?php
/*
 * A real multi-process demo of FileQ\Queue: 2 workers push jobs, 4 handlers
 * pop them, everyone registers in the boot frame, and the parent prints the
 * registry and checks that every job was handled exactly once.
 *
 *   php -d extension=modules/fileq.so examples/demo.php [queue-file]
 */
if (!extension_loaded('fileq')) {
    fwrite(STDERR, "load fileq first: php -d extension=modules/fileq.so examples/demo.php\n");
    exit(1);
}
if (!function_exists('pcntl_fork')) {
    fwrite(STDERR, "the demo forks its workers: it needs pcntl (or fileq's stand-in for it)\n");
    exit(1);
}

$file = $argv[1] ?? sys_get_temp_dir() . '/fileq-demo.q';
@unlink($file);
$log = "$file.handled";
@unlink($log);

const WORKERS = 2, HANDLERS = 4, JOBS_PER_WORKER = 500;

$queue = new FileQ\Queue($file, 128);
$queue->updateBoot(fn(array $boot) => ['workers' => [], 'handlers' => [], 'system_variables' => ['started' => date('c')]]);

$children = [];
for ($w = 0; $w < WORKERS; $w++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $queue->register('workers');
        for ($i = 0; $i < JOBS_PER_WORKER; $i++) {
            $queue->push(json_encode(['worker' => getmypid(), 'job' => "$w-$i"]));
            usleep(200);                                        // a job every 0.2 ms per worker
        }
        exit(0);
    }
    $children[$pid] = 'worker';
}
for ($h = 0; $h < HANDLERS; $h++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $queue->register('handlers');
        $done = [];
        while (true) {
            $frame = $h % 2 ? $queue->pop() : $queue->shift();   // two LIFO, two FIFO handlers
            if ($frame === null) {
                if ($queue->boot()['system_variables']['closed'] ?? false) {
                    break;                                      // workers are done and the queue is empty
                }
                $queue->wait(0.2);                              // sleeps until a worker pushes
                continue;
            }
            $done[] = json_decode($frame, true)['job'];
            usleep(500);                                        // "handling" takes 0.5 ms
        }
        $queue->updateBoot(function (array &$boot) use ($done) {
            $boot['system_variables']['handled'][getmypid()] = count($done);
        });
        file_put_contents($log, implode("\n", $done) . "\n", FILE_APPEND | LOCK_EX);
        exit(0);
    }
    $children[$pid] = 'handler';
}

while ($children) {
    $pid = pcntl_wait($status);
    if ($pid > 0) {
        unset($children[$pid]);
    }
    if (!in_array('worker', $children, true)) {
        $queue->updateBoot(function (array &$boot) {
            $boot['system_variables']['closed'] = true;        // tells the handlers to finish
        });
    }
}
$boot = $queue->boot();

echo "boot frame registry (pid => last_update):\n";
foreach (['workers', 'handlers'] as $role) {
    foreach ($boot[$role] as $pid => $entry) {
        printf("  %-8s %6d  %.4f\n", $role, $pid, $entry['last_update']);
    }
}
echo "jobs handled per handler:\n";
foreach ($boot['system_variables']['handled'] as $pid => $n) {
    printf("  handler %6d: %d\n", $pid, $n);
}
$handled = array_filter(explode("\n", (string) file_get_contents($log)), 'strlen');
$expected = WORKERS * JOBS_PER_WORKER;
printf("%d jobs pushed, %d handled, %d distinct, %d left in the queue; live handlers now: %d\n",
    $expected, count($handled), count(array_unique($handled)), count($queue), count($queue->members('handlers')));
unlink($log);
$ok = count($handled) === $expected && count(array_unique($handled)) === $expected;
echo $ok ? "OK: every job was handled exactly once\n" : "FAILED\n";
exit($ok ? 0 : 1);
