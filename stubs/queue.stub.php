<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * What FileQ\Queue does, for code that takes a queue and for its tests: a
 * class of your own that implements this interface (an in-memory double)
 * stands in for the queue. Queue is final; type against this interface where
 * a test needs a double. Methods may be added in a minor release of fileq:
 * doubles that implement it should be updated with the extension.
 */
interface QueueInterface extends \Countable
{
    /**
     * Appends a frame; returns its cursor (byte offset in the file).
     * FileQ\TooLargeException when $data does not fit. With a $delay (seconds
     * > 0) the frame is kept out of the queue until then: pop(), shift(),
     * reserve() and count() do not see it, and when it falls due it is
     * appended at the tail as a push at its due time would have been (due
     * frames in due order, ties in push order). Such a frame has no cursor
     * yet: push() returns 0 for it (0 is never a frame's cursor). Due times
     * are kept on the wall clock, so they hold across a reboot; a clock set
     * back delays them as much. Not in a RAW queue (FileQ\Exception).
     */
    public function push(string $data, float $delay = 0): int;

    /**
     * Removes and returns the newest frame (LIFO); null when there is none.
     * With a timeout (seconds, -1: for ever) waits for a push that long; a
     * signal whose handler ran during the wait ends it with null.
     */
    public function pop(float $timeout = 0): ?string;

    /** As pop(), for the oldest frame (FIFO). */
    public function shift(float $timeout = 0): ?string;

    /** The frame at $cursor, nothing removed; null when there is none there. */
    public function read(int $cursor): ?string;

    /** Replaces the frame at $cursor. */
    public function write(int $cursor, string $data): void;

    /** Frames pop(), shift() or reserve() can still take. */
    public function count(): int;

    /** Removes every frame (the boot state stays). */
    public function clear(): void;

    /**
     * Calls $fn($this) with the queue's lock held; calls on the queue inside do
     * not lock again. Returns what $fn returns.
     *
     * @template T
     * @phpstan-param callable(static): T $fn
     * @return T
     */
    public function transaction(callable $fn): mixed;

    /**
     * Blocks until the queue holds a frame (true), the timeout passes (false)
     * or a signal whose handler ran arrives (false). A delayed frame that
     * falls due during the wait ends it (true).
     */
    public function wait(float $timeout = -1): bool;

    /**
     * The boot frame's shared state: what register() and updateBoot() stored.
     *
     * @return array<array-key, mixed>
     */
    public function boot(): array;

    /**
     * Read-modify-write of the boot state under the lock: $fn(array &$boot)
     * edits it in place (returning null) or returns the new array; returns
     * the state stored.
     *
     * @phpstan-param (callable(array<array-key, mixed>): (array<array-key, mixed>|null))|(callable(array<array-key, mixed> &): void) $fn
     * @return array<array-key, mixed>
     */
    public function updateBoot(callable $fn): array;

    /** Records this process in boot[$role] (its entry replaced); drops the dead among 16 members picked at random. */
    public function register(string $role = "handlers"): void;

    /** Takes this process out of boot[$role] (and the dead among 16 members picked at random); an empty role goes. */
    public function unregister(string $role = "handlers"): void;

    /**
     * The live members of boot[$role], by pid (every member is looked at:
     * those that died are dropped from the boot state first).
     *
     * @return array<int, array{process_id: int, last_update: float, start_time: int}>
     */
    public function members(string $role = "handlers"): array;

    /**
     * The queue's state. The keys from headCursor to jobs are there in the
     * framed format only (not RAW). lock: "robust mutex" or "flock"
     * ("LockFileEx" on Windows).
     *
     * @return array{path: string, format: 'framed'|'raw', frameSize: int, maxPayload: int, count: int, fileSize: int, headCursor?: int, tailCursor?: int, pushed?: int, popped?: int, dropped?: int, delayed?: int, nextDue?: float|null, bootSize?: int, generation?: int, jobs?: bool, bootCapacity: int, sync: bool, lock: string}
     */
    public function stats(): array;

    /**
     * Job queues (made with Queue::JOBS). Hands out the oldest available job
     * and keeps it, held by this process, until ack() or release(); a job
     * whose holder has died is handed out again, and with $visibility
     * (seconds) also one held longer than that. With a timeout (-1: for
     * ever) waits for a job as pop() does. null when there is none.
     */
    public function reserve(float $timeout = 0, ?float $visibility = null): ?Job;

    /** Removes a job this process holds; FileQ\Exception when it holds it no more. */
    public function ack(Job $job): void;

    /** Gives a job this process holds back, to be handed out again. */
    public function release(Job $job): void;

    /**
     * The jobs set aside after maxAttempts hand-outs, oldest first.
     *
     * @return list<array{id: int, attempts: int, data: string}>
     */
    public function deadLetters(): array;

    /** Puts the dead letters back at the end of the queue (new ids); returns how many. */
    public function requeueDeadLetters(): int;

    /**
     * The jobs handed out by reserve() and not yet acknowledged or released,
     * oldest first: holder is the holding process's pid (0 when its record
     * was torn by a holder killed writing it); orphaned: the holder is gone or
     * past its visibility, so the next reserve() hands the job out again.
     *
     * @return list<array{id: int, attempts: int, holder: int, orphaned: bool, data: string}>
     */
    public function heldJobs(): array;

    /**
     * A job queue's counts: waiting (what reserve() can take), delayed (pushed
     * with a delay, not yet due), held,
     * released, orphaned (holder gone: handed out next), deadLetters;
     * reserved and acked since the file was made; this handle's maxAttempts.
     *
     * @return array{waiting: int, delayed: int, held: int, released: int, orphaned: int, deadLetters: int, reserved: int, acked: int, maxAttempts: int}
     */
    public function jobStats(): array;

    /** The queue file's absolute path. */
    public function getPath(): string;

    /** Bytes each frame takes in the file. */
    public function getFrameSize(): int;

    /** The largest payload a frame holds. */
    public function getMaxPayload(): int;
}

/**
 * A locked file queue: fixed-size frames in one file, every access under an
 * exclusive lock, LIFO pop() and FIFO shift() in O(1), addressed read/write by
 * cursor, and a boot frame holding state the processes share. The methods are
 * documented on FileQ\QueueInterface.
 *
 * @strict-properties
 * @not-serializable
 */
final class Queue implements QueueInterface
{
    /**
     * Flag: the seed's format (no header, frames padded with NUL bytes, read frames trim()med).
     * @var int
     * @cvalue FQ_QUEUE_RAW
     */
    public const RAW = UNKNOWN;
    /**
     * Flag: fdatasync() before a mutating call returns.
     * @var int
     * @cvalue FQ_QUEUE_SYNC
     */
    public const SYNC = UNKNOWN;
    /**
     * Flag: a new file is made as a job queue: reserve(), ack(), release().
     * @var int
     * @cvalue FQ_QUEUE_JOBS
     */
    public const JOBS = UNKNOWN;
    /**
     * Bytes of each frame the framed format keeps for itself (length, checksum).
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

    /**
     * Opens the queue file, creating it (with exactly $permissions) when it
     * does not exist. $frameSize: bytes each frame takes in the file (null:
     * the file's own, 256 for a new file). $flags: Queue::RAW, Queue::SYNC,
     * Queue::JOBS. $lockTimeout: seconds to wait for the lock (-1: the ini
     * fileq.lock_timeout). $maxAttempts: in a job queue, hand-outs by
     * reserve() before a job is set aside as a dead letter (0: no limit).
     */
    public function __construct(string $path, ?int $frameSize = null, int $flags = 0, int $permissions = 0600, float $lockTimeout = -1, int $maxAttempts = 0) {}

    public function push(string $data, float $delay = 0): int {}

    public function pop(float $timeout = 0): ?string {}

    public function shift(float $timeout = 0): ?string {}

    public function read(int $cursor): ?string {}

    public function write(int $cursor, string $data): void {}

    public function count(): int {}

    public function clear(): void {}

    public function transaction(callable $fn): mixed {}

    public function wait(float $timeout = -1): bool {}

    public function boot(): array {}

    public function updateBoot(callable $fn): array {}

    public function register(string $role = "handlers"): void {}

    public function unregister(string $role = "handlers"): void {}

    public function members(string $role = "handlers"): array {}

    public function stats(): array {}

    public function reserve(float $timeout = 0, ?float $visibility = null): ?Job {}

    public function ack(Job $job): void {}

    public function release(Job $job): void {}

    public function deadLetters(): array {}

    public function requeueDeadLetters(): int {}

    public function heldJobs(): array {}

    public function jobStats(): array {}

    public function getPath(): string {}

    public function getFrameSize(): int {}

    public function getMaxPayload(): int {}
}
