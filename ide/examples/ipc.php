<?php
// The SysV classes and the process helpers, typed against the interfaces
// where a test would pass a double.
declare(strict_types=1);

function relay(FileQ\MessageQueueInterface $mq): string
{
    $mq->send(['n' => 1], 3);
    $message = $mq->receive(0, 65536, true, 1.0, 0, $type);
    $stat = $mq->stat();
    return json_encode($message, JSON_THROW_ON_ERROR) . " (type $type), {$stat['msg_qnum']} left";
}

function counter(FileQ\SharedMemoryInterface $shm): int
{
    $n = $shm->get(1, 0);
    $shm->put(1, (is_int($n) ? $n : 0) + 1);
    $stat = $shm->stat();
    echo "{$stat['count']} variable(s), {$stat['free']} bytes free\n";
    return count($shm->keys());
}

$mq = new FileQ\MessageQueue(0);
$shm = new FileQ\SharedMemory(0, 4096);
$sem = new FileQ\Semaphore(0, 1);
try {
    echo relay($mq), "\n";
    echo counter($shm), " key(s)\n";
    $total = $sem->synchronized(fn (FileQ\Semaphore $s): int => $s->getValue());
    echo "value inside: $total\n";

    FileQ\Process::signal(FileQ\Process::SIGUSR1, function (int $signo, array $info): void {
        echo "signal $signo from {$info['pid']}\n";
    });
    $pid = FileQ\Process::fork(fn (int $code): int => $code, 3);
    $status = FileQ\Process::wait($pid);             // blocking: never null
    printf("child %d: exit %s, signal %s\n", $status['pid'], $status['exitCode'] ?? '-', $status['signal'] ?? '-');
    foreach (FileQ\Process::waitAll() as $child => $code) {
        echo "also $child: $code\n";
    }
    foreach (FileQ\Ipc::list()['msg'] as $row) {
        if (($row['id'] ?? null) === $mq->getId()) {
            echo "listed, {$row['qnum']} message(s)\n";
        }
    }
    foreach (FileQ\compat() as $family => $stoodIn) {
        echo $family, ': ', $stoodIn ? 'fileq' : 'PHP', "\n";
    }
} finally {
    $mq->remove();
    $shm->remove();
    $sem->remove();
}
