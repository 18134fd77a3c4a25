<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * A locked file queue: fixed-size frames in one file, every access under an
 * exclusive lock, LIFO pop() and FIFO shift() in O(1), addressed read/write by
 * cursor, and a boot frame holding state the processes share.
 *
 * @strict-properties
 * @not-serializable
 */
final class Queue implements \Countable
{
    /**
     * @var int
     * @cvalue FQ_QUEUE_RAW
     */
    public const RAW = UNKNOWN;
    /**
     * @var int
     * @cvalue FQ_QUEUE_SYNC
     */
    public const SYNC = UNKNOWN;
    /**
     * A new file is made as a job queue: reserve(), ack(), release().
     * @var int
     * @cvalue FQ_QUEUE_JOBS
     */
    public const JOBS = UNKNOWN;
    /**
     * @var int
     * @cvalue FQ_FRAME_OVERHEAD
     */
    public const FRAME_OVERHEAD = UNKNOWN;
    /**
     * Bytes of each frame a job queue keeps for itself (length, checksum, the job's id and holder).
     * @var int
     * @cvalue FQ_JOB_OVERHEAD
     */
    public const JOB_OVERHEAD = UNKNOWN;
    /**
     * The largest serialized boot state of a framed queue, in bytes (up to 1,792
     * live in the header; more in a region after the frames).
     * @var int
     * @cvalue FQ_BOOT_REGION_MAX
     */
    public const BOOT_CAPACITY = UNKNOWN;

    /** $maxAttempts: in a job queue, hand-outs by reserve() before a job is set aside as a dead letter (0: no limit). */
    public function __construct(string $path, ?int $frameSize = null, int $flags = 0, int $permissions = 0600, float $lockTimeout = -1, int $maxAttempts = 0) {}

    /**
     * Appends a frame and returns its cursor. With a $delay (seconds > 0) the
     * frame is kept out of the queue until then: pop(), shift(), reserve() and
     * count() do not see it, and when it falls due it is appended at the tail
     * as a push at its due time would have been (due frames in due order, ties
     * in push order). Such a frame has no cursor yet: push() returns 0 for it
     * (0 is never a frame's cursor). Due times are kept on the wall clock, so
     * they hold across a reboot; a clock set back delays them as much. Not in
     * a RAW queue (FileQ\Exception). stats() counts the frames still delayed.
     */
    public function push(string $data, float $delay = 0): int {}

    /**
     * Removes and returns the newest frame (LIFO); null when there is none.
     * With a timeout (seconds, -1: for ever) waits for a push that long; a
     * signal whose handler ran during the wait ends it with null.
     */
    public function pop(float $timeout = 0): ?string {}

    /** As pop(), for the oldest frame (FIFO). */
    public function shift(float $timeout = 0): ?string {}

    public function read(int $cursor): ?string {}

    public function write(int $cursor, string $data): void {}

    public function count(): int {}

    public function clear(): void {}

    public function transaction(callable $fn): mixed {}

    /**
     * Blocks until the queue holds a frame (true), the timeout passes (false)
     * or a signal whose handler ran arrives (false). A delayed frame that
     * falls due during the wait ends it (true).
     */
    public function wait(float $timeout = -1): bool {}

    public function boot(): array {}

    public function updateBoot(callable $fn): array {}

    /** Records this process in boot[$role] (its entry replaced), dropping members that died. */
    public function register(string $role = "handlers"): void {}

    /** Takes this process out of boot[$role] (and the dead with it); an empty role goes. */
    public function unregister(string $role = "handlers"): void {}

    public function members(string $role = "handlers"): array {}

    public function stats(): array {}

    /**
     * Job queues (made with Queue::JOBS). Hands out the oldest available job
     * and keeps it, held by this process, until ack() or release(); a job
     * whose holder has died is handed out again, and with $visibility
     * (seconds) also one held longer than that. With a timeout (-1: for
     * ever) waits for a job as pop() does. null when there is none.
     */
    public function reserve(float $timeout = 0, ?float $visibility = null): ?Job {}

    /** Removes a job this process holds; FileQ\Exception when it holds it no more. */
    public function ack(Job $job): void {}

    /** Gives a job this process holds back, to be handed out again. */
    public function release(Job $job): void {}

    /** The jobs set aside after maxAttempts hand-outs, oldest first: list of ['id', 'attempts', 'data']. */
    public function deadLetters(): array {}

    /** Puts the dead letters back at the end of the queue (new ids); returns how many. */
    public function requeueDeadLetters(): int {}

    /** waiting, delayed (pushed with a delay, not yet due), held, released, orphaned (holder gone: handed out next), deadLetters, reserved, acked, maxAttempts. */
    public function jobStats(): array {}

    public function getPath(): string {}

    public function getFrameSize(): int {}

    public function getMaxPayload(): int {}
}
