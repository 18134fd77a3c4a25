<?php
// A job queue: reserve, ack or release, dead letters after maxAttempts.
declare(strict_types=1);

$path = sys_get_temp_dir() . '/fileq-ide-example-' . getmypid() . '.jobs';
$jobs = new FileQ\Queue($path, 512, FileQ\Queue::JOBS, 0600, -1, 2);
try {
    $jobs->push('send invoice 42');
    for ($i = 0; $i < 3; $i++) {
        $job = $jobs->reserve(0.1);
        if ($job === null) {
            break;
        }
        echo "job {$job->id}, attempt {$job->attempts}: {$job->data}\n";
        $jobs->release($job);  // failed: handed out again, until maxAttempts
    }
    foreach ($jobs->deadLetters() as $dead) {
        echo "dead letter {$dead['id']} after {$dead['attempts']} attempts: {$dead['data']}\n";
    }
    $s = $jobs->jobStats();
    printf("waiting %d, held %d, dead %d (max %d attempts)\n", $s['waiting'], $s['held'], $s['deadLetters'], $s['maxAttempts']);
    echo $jobs->requeueDeadLetters(), " requeued\n";
    $job = $jobs->reserve();
    if ($job instanceof FileQ\Job) {
        $jobs->ack($job);
    }
} finally {
    unlink($path);
}
