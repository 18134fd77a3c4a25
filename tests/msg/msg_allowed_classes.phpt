--TEST--
MessageQueue::receive() allowedClasses: no class by default (objects come back as __PHP_Incomplete_Class, an enum is refused before any autoload), true for any, or a list of names (case-insensitive, enums included)
--EXTENSIONS--
fileq
--FILE--
<?php
enum Suit: string { case Hearts = 'H'; }
class Job { public int $n = 1; }
spl_autoload_register(function ($c) { echo "autoload $c\n"; });
$q = new FileQ\MessageQueue(0);
$show = function (callable $fn) {
    try {
        $v = $fn();
        echo is_array($v) ? implode(', ', array_map(fn ($x) => is_object($x) ? get_class($x) : var_export($x, true), $v)) : get_debug_type($v), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", preg_replace('/key 0x0 \(id \d+\)/', 'KEY', $e->getMessage()), "\n";
    }
};
$value = [new Job, Suit::Hearts, 'x'];
foreach ([
    'default' => [],
    'false' => [false],
    'true' => [true],
    '[job, suit]' => [['job', 'SUIT']],
    '[Suit]' => [[Suit::class]],
    '[Job]' => [[Job::class]],
] as $what => $args) {
    $q->send($value);
    echo "$what: ";
    $show(fn () => $q->receive(0, 65536, true, -1, 0, $type, ...$args));
}
$q->send([new Job]);
echo "object only, default: ";
$show(fn () => $q->receive());
$q->send('a:1:{i:0;E:12:"Gone:Nowhere";}', 1, false);
echo "unknown enum, default: ";
$show(fn () => $q->receive());
echo "messages left: ", count($q), "\n";
foreach ([1, 'x', [1], [null]] as $bad) {
    $q->send('x');
    echo json_encode($bad), ": ";
    $show(fn () => $q->receive(allowedClasses: $bad));
}
echo "messages left: ", count($q), "\n";
$q->remove();
?>
--EXPECT--
default: FileQ\Exception: msgrcv on queue KEY: a message of type 1 names enum Suit, which allowedClasses does not allow; it was taken off the queue
false: FileQ\Exception: msgrcv on queue KEY: a message of type 1 names enum Suit, which allowedClasses does not allow; it was taken off the queue
true: Job, Suit, 'x'
[job, suit]: Job, Suit, 'x'
[Suit]: __PHP_Incomplete_Class, Suit, 'x'
[Job]: FileQ\Exception: msgrcv on queue KEY: a message of type 1 names enum Suit, which allowedClasses does not allow; it was taken off the queue
object only, default: __PHP_Incomplete_Class
unknown enum, default: FileQ\Exception: msgrcv on queue KEY: a message of type 1 names enum Gone, which allowedClasses does not allow; it was taken off the queue
messages left: 0
1: TypeError: FileQ\MessageQueue::receive(): Argument #7 ($allowedClasses) must be of type array|bool, int given
"x": TypeError: FileQ\MessageQueue::receive(): Argument #7 ($allowedClasses) must be of type array|bool, string given
[1]: TypeError: FileQ\MessageQueue::receive(): Argument #7 ($allowedClasses) must be an array of class names, int found in it
[null]: TypeError: FileQ\MessageQueue::receive(): Argument #7 ($allowedClasses) must be an array of class names, null found in it
messages left: 4
