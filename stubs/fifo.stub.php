<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * A named pipe (mkfifo): a byte stream between processes on one host.
 *
 * Opening: each end is opened the first time it is used (read() opens the
 * read end, write() the write end) and stays open until close(), remove()
 * or the object's destruction. The read end is opened with O_NONBLOCK, so
 * read() never hangs in open(): it waits in poll(), which keeps the timeout.
 * The write end needs a reader: without a timeout write() waits in open()
 * for one (as fopen($path, 'w') does); with a timeout it looks for a reader
 * every 10 ms until the deadline.
 *
 * Atomicity: a write() of at most Fifo::ATOMIC_SIZE (PIPE_BUF, 4096 on
 * Linux) bytes reaches the readers in one piece, never interleaved with
 * another writer's data. Longer writes may be interleaved.
 *
 * Streams, not messages: read() returns what is in the pipe, up to $length
 * bytes; several writes may come back in one read. Frame your messages
 * (fixed size, or a separator) when there are several.
 *
 * End of stream: read() returns '' when every writer has closed the FIFO
 * after one had opened it; the next read() waits for a new writer.
 *
 * SIGPIPE: blocked during write(), so a reader that went away is a
 * FileQ\IOException with code EPIPE (32), never the death of the writer.
 *
 * Signals: a signal with a FileQ\Process handler interrupts a waiting read()
 * or write(); the handler runs and the wait goes on (an exception thrown by
 * the handler ends it).
 *
 * A forked child shares the object's open ends with its parent.
 *
 * @strict-properties
 * @not-serializable
 */
final class Fifo
{
    /**
     * Largest write that is atomic (PIPE_BUF).
     * @var int
     * @cvalue PIPE_BUF
     */
    public const ATOMIC_SIZE = UNKNOWN;

    /**
     * Creates the FIFO with exactly $permissions (not reduced by the umask;
     * set-id and sticky bits are a ValueError) unless it exists. A path that
     * exists and is not a FIFO: FileQ\IOException (code EEXIST); a missing
     * directory: FileQ\IOException (code ENOENT); a link another user planted,
     * a FIFO the caller cannot trust or a path outside open_basedir:
     * FileQ\Exception (docs/security.md).
     */
    public function __construct(string $path, int $permissions = 0600) {}

    /**
     * Writes all of $data and returns its length; waits for a reader and for
     * room in the pipe. $timeout in seconds, -1 for ever: FileQ\TimeoutException
     * when it passes (part of a long write may have been written).
     */
    public function write(string $data, float $timeout = -1): int {}

    /**
     * Returns 1 to $length bytes as soon as some are there, '' at end of
     * stream. $timeout in seconds, -1 for ever: FileQ\TimeoutException when
     * nothing came in time.
     */
    public function read(int $length, float $timeout = -1): string {}

    /** Closes both ends (readers see end of stream once every writer closed). */
    public function close(): void {}

    /** Closes both ends and unlinks the FIFO; a FIFO already gone is not an error. */
    public function remove(): void {}

    public function getPath(): string {}
}
