<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * A job handed out by Queue::reserve(): held by this process until
 * Queue::ack() removes it or Queue::release() gives it back. Made by the
 * queue only; read-only, not clonable, not serializable.
 *
 * @strict-properties
 * @not-serializable
 */
final class Job
{
    /** The payload pushed. */
    public readonly string $data;
    /** Unique for the life of the queue file. */
    public readonly int $id;
    /** Hand-outs so far, this one included: 1 the first time. */
    public readonly int $attempts;

    private function __construct() {}
}
