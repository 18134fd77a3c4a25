--TEST--
FileQ\QueueInterface: Queue implements it (and Countable), and a user class implementing it stands in for the queue in code typed against the interface
--EXTENSIONS--
fileq
--FILE--
<?php
/** An in-memory double: FIFO only, no jobs. */
final class MemoryQueue implements FileQ\QueueInterface
{
    /** @var list<string> */
    public array $frames = [];
    public function push(string $data, float $delay = 0): int { $this->frames[] = $data; return count($this->frames) - 1; }
    public function pop(float $timeout = 0): ?string { return array_pop($this->frames); }
    public function shift(float $timeout = 0): ?string { return array_shift($this->frames); }
    public function read(int $cursor): ?string { return $this->frames[$cursor] ?? null; }
    public function write(int $cursor, string $data): void { $this->frames[$cursor] = $data; }
    public function count(): int { return count($this->frames); }
    public function clear(): void { $this->frames = []; }
    public function transaction(callable $fn): mixed { return $fn($this); }
    public function wait(float $timeout = -1): bool { return $this->frames !== []; }
    public function boot(): array { return []; }
    public function updateBoot(callable $fn): array { return []; }
    public function register(string $role = "handlers"): void {}
    public function unregister(string $role = "handlers"): void {}
    public function members(string $role = "handlers"): array { return []; }
    public function stats(): array { return ['count' => count($this->frames)]; }
    public function reserve(float $timeout = 0, ?float $visibility = null): ?FileQ\Job { return null; }
    public function ack(FileQ\Job $job): void {}
    public function release(FileQ\Job $job): void {}
    public function deadLetters(): array { return []; }
    public function requeueDeadLetters(): int { return 0; }
    public function heldJobs(): array { return []; }
    public function jobStats(): array { return []; }
    public function getPath(): string { return 'memory'; }
    public function getFrameSize(): int { return 256; }
    public function getMaxPayload(): int { return 248; }
}

/** Code under test: typed against the interface. */
function drain(FileQ\QueueInterface $q): string
{
    $out = [];
    while (($frame = $q->shift()) !== null) {
        $out[] = $frame;
    }
    return implode(',', $out) . ' (' . count($q) . ' left)';
}

$path = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$real = new FileQ\Queue($path);
var_dump($real instanceof FileQ\QueueInterface, $real instanceof Countable);
var_dump(FileQ\QueueInterface::class, interface_exists(FileQ\QueueInterface::class));
var_dump(in_array(Countable::class, class_implements(FileQ\QueueInterface::class), true));

$double = new MemoryQueue();
foreach ([$real, $double] as $q) {
    $q->push('a');
    $q->push('b');
    echo get_class($q), ': ', drain($q), "\n";
}
// Every method of the class is declared by the interface, with the same signature.
$rc = new ReflectionClass(FileQ\Queue::class);
$ri = new ReflectionClass(FileQ\QueueInterface::class);
$missing = [];
foreach ($rc->getMethods() as $m) {
    if ($m->name !== '__construct' && !$ri->hasMethod($m->name)) {
        $missing[] = $m->name;
    }
}
echo "class methods not in the interface: ", $missing ? implode(', ', $missing) : 'none', "\n";
foreach ($ri->getMethods() as $m) {
    if ((string) $m->getReturnType() !== (string) $rc->getMethod($m->name)->getReturnType()) {
        echo "return type differs: {$m->name}\n";
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/queue_interface_double.q');
?>
--EXPECT--
bool(true)
bool(true)
string(20) "FileQ\QueueInterface"
bool(true)
bool(true)
FileQ\Queue: a,b (0 left)
MemoryQueue: a,b (0 left)
class methods not in the interface: none
