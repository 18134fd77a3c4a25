--TEST--
FileQ\SharedMemoryInterface: SharedMemory implements it, and a user class implementing it stands in for the segment
--EXTENSIONS--
fileq
--FILE--
<?php
final class MemorySegment implements FileQ\SharedMemoryInterface
{
    /** @var array<int, mixed> */
    private array $vars = [];
    public function put(int $key, mixed $value): void { $this->vars[$key] = $value; }
    public function get(int $key, mixed $default = null, array|bool $allowedClasses = false): mixed { return $this->vars[$key] ?? $default; }
    public function has(int $key): bool { return isset($this->vars[$key]); }
    public function delete(int $key): void { unset($this->vars[$key]); }
    public function keys(): array { return array_keys($this->vars); }
    public function stat(): array { return ['size' => 0, 'total' => 0, 'used' => 0, 'free' => 0, 'count' => count($this->vars)]; }
    public function remove(): void { $this->vars = []; }
    public function getKey(): int { return 0; }
    public function getId(): int { return 0; }
}

function bump(FileQ\SharedMemoryInterface $shm): string
{
    $shm->put(1, $shm->get(1, 0) + 1);
    $shm->put(2, 'x');
    $shm->delete(2);
    return $shm->get(1) . ' keys ' . implode(',', $shm->keys()) . ' has(2) ' . var_export($shm->has(2), true);
}

$real = new FileQ\SharedMemory(ftok(__FILE__, 'i'), 2000);
try {
    var_dump($real instanceof FileQ\SharedMemoryInterface);
    echo "real: ", bump($real), "\n";
    echo "double: ", bump(new MemorySegment()), "\n";
} finally {
    $real->remove();
}
?>
--EXPECT--
bool(true)
real: 1 keys 1 has(2) false
double: 1 keys 1 has(2) false
