<?php

declare(strict_types=1);

namespace FileQ\Messenger;

use Symfony\Component\Messenger\Transport\Serialization\SerializerInterface;
use Symfony\Component\Messenger\Transport\TransportFactoryInterface;
use Symfony\Component\Messenger\Transport\TransportInterface;

/**
 * Makes FileQTransport for "fileq:///absolute/path?option=value" DSNs. In a
 * Symfony app, register it as a service tagged messenger.transport_factory.
 *
 * @implements TransportFactoryInterface<FileQTransport>
 */
final class FileQTransportFactory implements TransportFactoryInterface
{
    public function createTransport(#[\SensitiveParameter] string $dsn, array $options, SerializerInterface $serializer): TransportInterface
    {
        return new FileQTransport(Connection::fromDsn($dsn, $options), $serializer);
    }

    public function supports(#[\SensitiveParameter] string $dsn, array $options): bool
    {
        return str_starts_with($dsn, 'fileq://');
    }
}
