<?php
// A producer and a consumer on one queue file, its stats and its members:
// every array shape of FileQ\Queue the IDE stub declares, read as a tool sees it.
declare(strict_types=1);

$path = sys_get_temp_dir() . '/fileq-ide-example-' . getmypid() . '.q';
$queue = new FileQ\Queue($path, 256);
try {
    $cursor = $queue->push(json_encode(['task' => 'resize', 'id' => 7], JSON_THROW_ON_ERROR));
    echo "pushed at $cursor; the frame holds at most {$queue->getMaxPayload()} bytes\n";

    $stats = $queue->stats();
    printf("%s queue, %d frame(s), %d bytes, lock %s\n", $stats['format'], $stats['count'], $stats['fileSize'], $stats['lock']);
    if (isset($stats['pushed'])) {
        echo "pushed since it was made: {$stats['pushed']}\n";
    }

    $queue->register('workers');
    foreach ($queue->members('workers') as $pid => $member) {
        printf("worker %d (started at %d), seen %.1f s ago\n", $pid, $member['start_time'], microtime(true) - $member['last_update']);
    }
    $queue->unregister('workers');

    $runs = $queue->updateBoot(function (array $boot): array {
        $boot['runs'] = (is_int($boot['runs'] ?? null) ? $boot['runs'] : 0) + 1;
        return $boot;
    });
    echo 'runs: ', is_int($runs['runs']) ? $runs['runs'] : 0, "\n";

    $left = $queue->transaction(function (FileQ\Queue $q): int {
        $frame = $q->shift();
        if ($frame !== null) {
            echo "took $frame\n";
        }
        return count($q);
    });
    echo "$left left\n";
    var_dump($queue);
} finally {
    unlink($path);
}
