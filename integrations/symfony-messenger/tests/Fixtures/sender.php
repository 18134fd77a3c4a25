<?php
/* Sends Hello(from..to-1) through a fileq transport: php sender.php DSN FROM TO */
declare(strict_types=1);

require $_SERVER['FILEQ_MESSENGER_AUTOLOAD'] ?? __DIR__ . '/../../vendor/autoload.php';

use FileQ\Messenger\FileQTransportFactory;
use FileQ\Messenger\Tests\Fixtures\Hello;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Serialization\PhpSerializer;

[$_, $dsn, $from, $to] = $argv;
$transport = (new FileQTransportFactory())->createTransport($dsn, [], new PhpSerializer());
for ($i = (int) $from; $i < (int) $to; $i++) {
    $transport->send(new Envelope(new Hello($i)));
}
