--TEST--
FileQ\MessageQueueInterface: MessageQueue implements it (and Countable), and a user class implementing it stands in for the queue
--EXTENSIONS--
fileq
--FILE--
<?php
final class MemoryMessageQueue implements FileQ\MessageQueueInterface
{
    /** @var list<array{int, mixed}> */
    private array $messages = [];
    public function send(mixed $message, int $type = 1, bool $serialize = true, bool $blocking = true): void { $this->messages[] = [$type, $message]; }
    public function receive(int $type = 0, int $maxSize = 65536, bool $unserialize = true, float $timeout = -1, int $flags = 0, mixed &$receivedType = null, array|bool $allowedClasses = false): mixed
    {
        [$receivedType, $message] = array_shift($this->messages) ?? throw new FileQ\TimeoutException('empty');
        return $message;
    }
    public function stat(): array { return ['msg_qnum' => count($this->messages)]; }
    public function count(): int { return count($this->messages); }
    public function setMaxBytes(int $bytes): void {}
    public function remove(): void { $this->messages = []; }
    public function getKey(): int { return 0; }
    public function getId(): int { return 0; }
}

function relay(FileQ\MessageQueueInterface $q): string
{
    $q->send(['n' => 1], 7);
    $m = $q->receive(0, 65536, true, 1, 0, $type);
    return json_encode($m) . " type $type, " . count($q) . " left";
}

$real = new FileQ\MessageQueue(ftok(__FILE__, 'i'));
try {
    var_dump($real instanceof FileQ\MessageQueueInterface, $real instanceof Countable);
    echo "real: ", relay($real), "\n";
    echo "double: ", relay(new MemoryMessageQueue()), "\n";
} finally {
    $real->remove();
}
?>
--EXPECT--
bool(true)
bool(true)
real: {"n":1} type 7, 0 left
double: {"n":1} type 7, 0 left
