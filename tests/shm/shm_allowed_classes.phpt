--TEST--
SharedMemory::get() allowedClasses: no class by default (objects come back as __PHP_Incomplete_Class, an enum is refused before any autoload and the value stays), true for any, or a list of names
--EXTENSIONS--
fileq
--FILE--
<?php
enum Suit { case Hearts; }
class Job {}
spl_autoload_register(function ($c) { echo "autoload $c\n"; });
$m = new FileQ\SharedMemory(0, 4096);
$m->put(1, ['job' => new Job, 'suit' => Suit::Hearts]);
$m->put(2, new Job);
foreach ([[1], [1, null, true], [1, null, ['job', 'suit']], [1, null, ['suit']], [2], [2, null, ['JOB']]] as $args) {
    echo json_encode($args), ": ";
    try {
        $v = $m->get(...$args);
        echo is_array($v) ? implode(', ', array_map('get_debug_type', $v)) : get_debug_type($v), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", preg_replace('/key 0x0 \(id \d+\)/', 'KEY', $e->getMessage()), "\n";
    }
}
var_dump($m->has(1));
try {
    $m->get(1, null, 0);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$m->remove();
?>
--EXPECT--
[1]: FileQ\Exception: shared memory KEY: variable key 1 names enum Suit, which allowedClasses does not allow
[1,null,true]: Job, Suit
[1,null,["job","suit"]]: Job, Suit
[1,null,["suit"]]: __PHP_Incomplete_Class, Suit
[2]: __PHP_Incomplete_Class
[2,null,["JOB"]]: Job
bool(true)
FileQ\SharedMemory::get(): Argument #3 ($allowedClasses) must be of type array|bool, int given
