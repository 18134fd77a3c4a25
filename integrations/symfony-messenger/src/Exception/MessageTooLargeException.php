<?php

declare(strict_types=1);

namespace FileQ\Messenger\Exception;

use Symfony\Component\Messenger\Exception\TransportException;

/** An encoded envelope longer than what one frame of the queue holds: nothing was sent. */
final class MessageTooLargeException extends TransportException
{
    public function __construct(public readonly int $size, public readonly int $limit, string $path, ?\Throwable $previous = null)
    {
        parent::__construct(sprintf(
            'The encoded message is %d bytes; a frame of the fileq queue "%s" holds at most %d bytes. Nothing was sent. Use a queue with larger frames (the DSN option frame_size, for a new file) or send a smaller message.',
            $size, $path, $limit
        ), 0, $previous);
    }
}
