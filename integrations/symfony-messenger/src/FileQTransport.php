<?php

declare(strict_types=1);

namespace FileQ\Messenger;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Exception\LogicException;
use Symfony\Component\Messenger\Exception\MessageDecodingFailedException;
use Symfony\Component\Messenger\Stamp\DelayStamp;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\MessageCountAwareInterface;
use Symfony\Component\Messenger\Transport\Serialization\PhpSerializer;
use Symfony\Component\Messenger\Transport\Serialization\SerializerInterface;
use Symfony\Component\Messenger\Transport\SetupableTransportInterface;
use Symfony\Component\Messenger\Transport\TransportInterface;

/**
 * A Messenger transport on a fileq job queue: send() pushes (a DelayStamp
 * makes a delayed frame), get() reserves, ack() and reject() remove the job
 * (the retry Messenger decides on is a new message it sends before it
 * rejects the old one). A worker that dies holding a message leaves it to be
 * handed out again: at-least-once.
 *
 * One frame holds one encoded envelope: "FQM1", the length of the headers'
 * JSON (u32, big-endian), the headers' JSON, the body.
 */
final class FileQTransport implements TransportInterface, MessageCountAwareInterface, SetupableTransportInterface
{
    private const MAGIC = 'FQM1';

    private readonly SerializerInterface $serializer;

    public function __construct(private readonly Connection $connection, ?SerializerInterface $serializer = null)
    {
        $this->serializer = $serializer ?? new PhpSerializer();
    }

    public function getConnection(): Connection
    {
        return $this->connection;
    }

    public function send(Envelope $envelope): Envelope
    {
        $encoded = $this->serializer->encode($envelope);
        $frame = self::pack($encoded['body'] ?? '', $encoded['headers'] ?? []);
        $limit = $this->connection->maxPayload();
        if (\strlen($frame) > $limit) {
            throw new Exception\MessageTooLargeException(\strlen($frame), $limit, $this->connection->getPath());
        }
        $delay = $envelope->last(DelayStamp::class)?->getDelay() ?? 0;
        $this->connection->send($frame, max(0, $delay));

        return $envelope;
    }

    public function get(): iterable
    {
        $job = $this->connection->reserve();
        if (null === $job) {
            return [];
        }
        try {
            [$body, $headers] = self::unpack($job->data);
            $envelope = $this->serializer->decode(['body' => $body, 'headers' => $headers]);
        } catch (MessageDecodingFailedException $e) {
            // Never decodable: not handed out again.
            $this->connection->ack($job);
            throw $e;
        }

        return [$envelope->with(new FileQReceivedStamp($job), new TransportMessageIdStamp($job->id))];
    }

    public function ack(Envelope $envelope): void
    {
        $this->connection->ack($this->job($envelope));
    }

    /** Messenger rejects what it will not retry here (it has sent the retry, or the failure transport has it): removed. */
    public function reject(Envelope $envelope): void
    {
        $this->connection->ack($this->job($envelope));
    }

    public function getMessageCount(): int
    {
        return $this->connection->count();
    }

    public function setup(): void
    {
        $this->connection->setup();
    }

    private function job(Envelope $envelope): \FileQ\Job
    {
        $stamp = $envelope->last(FileQReceivedStamp::class);
        if (!$stamp instanceof FileQReceivedStamp) {
            throw new LogicException('No FileQReceivedStamp on the envelope: it was not received from a fileq transport in this process.');
        }

        return $stamp->job;
    }

    /** @param array<string, string> $headers */
    private static function pack(string $body, array $headers): string
    {
        $json = $headers ? json_encode($headers, \JSON_THROW_ON_ERROR | \JSON_UNESCAPED_SLASHES | \JSON_UNESCAPED_UNICODE) : '';

        return self::MAGIC.pack('N', \strlen($json)).$json.$body;
    }

    /** @return array{0: string, 1: array<string, string>} */
    private static function unpack(string $frame): array
    {
        if (\strlen($frame) < 8 || self::MAGIC !== substr($frame, 0, 4)) {
            throw new MessageDecodingFailedException('The frame is not a message encoded by the fileq transport (no "FQM1" prefix).');
        }
        $len = unpack('N', $frame, 4)[1];
        if ($len > \strlen($frame) - 8) {
            throw new MessageDecodingFailedException('The frame of a fileq message is truncated (its headers run past its end).');
        }
        $headers = [];
        if ($len > 0) {
            try {
                $headers = json_decode(substr($frame, 8, $len), true, 8, \JSON_THROW_ON_ERROR);
            } catch (\JsonException $e) {
                throw new MessageDecodingFailedException('The headers of a fileq message are not valid JSON: '.$e->getMessage(), 0, $e);
            }
            if (!\is_array($headers)) {
                throw new MessageDecodingFailedException('The headers of a fileq message are not a JSON object.');
            }
        }

        return [substr($frame, 8 + $len), $headers];
    }
}
