--TEST--
FileQ\Queue jobs: a plain or RAW queue refuses reserve()/ack(); RAW|JOBS, bad visibility, maxAttempts and frame sizes are ValueErrors; a Job cannot be made, cloned or serialized
--EXTENSIONS--
fileq
--FILE--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.php');
@unlink("$base.plain");
@unlink("$base.raw");
@unlink("$base.jobs");
$plain = new FileQ\Queue("$base.plain", 64);
$plain->push('p');
foreach (['reserve' => fn () => $plain->reserve(), 'deadLetters' => fn () => $plain->deadLetters(),
          'jobStats' => fn () => $plain->jobStats()] as $what => $call) {
    try {
        $call();
    } catch (FileQ\Exception $e) {
        echo "$what: ", str_replace($base, 'BASE', $e->getMessage()), "\n";
    }
}
var_dump($plain->shift(), $plain->stats()['jobs']);

// JOBS on an existing plain file: the file is what it was made as.
$again = new FileQ\Queue("$base.plain", null, FileQ\Queue::JOBS);
var_dump($again->stats()['jobs'], $again->getMaxPayload());

$raw = new FileQ\Queue("$base.raw", 64, FileQ\Queue::RAW);
try {
    $raw->reserve();
} catch (FileQ\Exception $e) {
    echo str_replace($base, 'BASE', $e->getMessage()), "\n";
}
$cases = [
    'RAW|JOBS' => fn () => new FileQ\Queue("$base.x", 64, FileQ\Queue::RAW | FileQ\Queue::JOBS),
    'frame 48' => fn () => new FileQ\Queue("$base.x", 48, FileQ\Queue::JOBS),
    'maxAttempts -1' => fn () => new FileQ\Queue("$base.x", 64, FileQ\Queue::JOBS, 0600, -1, -1),
    'maxAttempts 2^24' => fn () => new FileQ\Queue("$base.x", 64, FileQ\Queue::JOBS, 0600, -1, 1 << 24),
];
$jobs = new FileQ\Queue("$base.jobs", 64, FileQ\Queue::JOBS);
// Labels spelled out: 8.5 warns when NAN is interpolated into a string.
foreach (['0' => 0, '-1' => -1, 'NAN' => NAN, '2000000000' => 2e9] as $label => $v) {
    $cases["visibility $label"] = fn () => $jobs->reserve(0, $v);
}
$cases['timeout -2'] = fn () => $jobs->reserve(-2);
foreach ($cases as $what => $call) {
    try {
        $call();
        echo "$what: accepted\n";
    } catch (ValueError $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
var_dump(file_exists("$base.x"));
try {
    new FileQ\Queue("$base.jobs", 48);   // a job queue: 48 bytes cannot hold a job
} catch (Throwable $e) {
    echo get_class($e), ": ", str_replace($base, 'BASE', $e->getMessage()), "\n";
}
$jobs->push(str_repeat('j', 16));
try {
    $jobs->push(str_repeat('j', 17));
} catch (FileQ\TooLargeException $e) {
    echo str_replace($base, 'BASE', $e->getMessage()), "\n";
}
$job = $jobs->reserve();
foreach (['clone' => fn () => clone $job, 'serialize' => fn () => serialize($job),
          'new' => fn () => new FileQ\Job(), 'write' => function () use ($job) { $job->data = 'x'; }] as $what => $call) {
    try {
        $call();
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$jobs->ack($job);
?>
--CLEAN--
<?php
$base = __DIR__ . '/jobs_errors';
foreach (['plain', 'raw', 'jobs', 'x'] as $e) {
    @unlink("$base.$e");
}
?>
--EXPECT--
reserve: reserve(): 'BASE.plain' is not a job queue (made without Queue::JOBS)
deadLetters: deadLetters(): 'BASE.plain' is not a job queue (made without Queue::JOBS)
jobStats: stats(): 'BASE.plain' is not a job queue (made without Queue::JOBS)
string(1) "p"
bool(false)
bool(false)
int(56)
reserve(): 'BASE.raw' is a RAW queue: the seed's layout has no room for a job's holder
RAW|JOBS: FileQ\Queue::__construct(): Argument #3 ($flags) must not combine FileQ\Queue::RAW and FileQ\Queue::JOBS: the seed's layout has no room for a job's holder
frame 48: FileQ\Queue::__construct(): Argument #2 ($frameSize) must be between 49 and 67108864
maxAttempts -1: FileQ\Queue::__construct(): Argument #6 ($maxAttempts) must be between 0 (no limit) and 16777215
maxAttempts 2^24: FileQ\Queue::__construct(): Argument #6 ($maxAttempts) must be between 0 (no limit) and 16777215
visibility 0: FileQ\Queue::reserve(): Argument #2 ($visibility) must be null (held until ack or release) or a number of seconds > 0
visibility -1: FileQ\Queue::reserve(): Argument #2 ($visibility) must be null (held until ack or release) or a number of seconds > 0
visibility NAN: FileQ\Queue::reserve(): Argument #2 ($visibility) must be null (held until ack or release) or a number of seconds > 0
visibility 2000000000: FileQ\Queue::reserve(): Argument #2 ($visibility) must be null (held until ack or release) or a number of seconds > 0
timeout -2: FileQ\Queue::reserve(): Argument #1 ($timeout) must be -1 (wait for ever) or a number of seconds >= 0
bool(false)
FileQ\Exception: queue 'BASE.jobs' is a job queue: its frames need more than 48 bytes, not 48
frame of 17 bytes exceeds the 16 bytes a frame of 'BASE.jobs' holds
clone: Error: Trying to clone an uncloneable object of class FileQ\Job
serialize: Exception: Serialization of 'FileQ\Job' is not allowed
new: Error: Call to private FileQ\Job::__construct() from global scope
write: Error: Cannot modify readonly property FileQ\Job::$data
