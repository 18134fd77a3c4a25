<?php

declare(strict_types=1);

namespace FileQ\Messenger;

use FileQ\Job;
use Symfony\Component\Messenger\Stamp\NonSendableStampInterface;

/**
 * The job a worker was handed by reserve(): what ack() and reject() name.
 * Never serialized (a FileQ\Job belongs to the process that reserved it).
 */
final class FileQReceivedStamp implements NonSendableStampInterface
{
    public function __construct(public readonly Job $job)
    {
    }
}
