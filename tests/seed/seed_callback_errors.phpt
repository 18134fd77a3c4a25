--TEST--
seed API: callback errors: warnings silenced as by @, call_user_func's TypeError, exceptions pass through and release the lock
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;
$unlocked = function () use ($file) {
    $fh = fopen($file, 'r+');
    $ok = flock($fh, LOCK_EX | LOCK_NB);
    fclose($fh);
    return $ok;
};

// warnings and notices inside the callback are silenced; error_reporting comes back after
var_dump(queue_address_push('a', 4, PHP_INT_MAX, function ($fh) {
    echo "reporting inside: ", error_reporting(), "\n";
    trigger_error('silenced', E_USER_WARNING);
    echo $undefined_variable;
    fopen('/nonexistent/dir/x', 'r');
}));
var_dump(error_reporting() === E_ALL);
trigger_error('shown again', E_USER_NOTICE);

// a non-callable string: the TypeError call_user_func() gives, nothing written
foreach (['no_such_function', 'NoClass::method'] as $cb) {
    try {
        queue_address_push('b', 4, PHP_INT_MAX, $cb);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    queue_address_pop(4, PHP_INT_MAX, '', 'no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// other types are checked against callable|string
try {
    queue_address_push('b', 4, PHP_INT_MAX, [1, 2]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($unlocked());

// an exception from the callback passes through; the frame is not written
try {
    queue_address_push('c', 4, PHP_INT_MAX, function () { throw new RuntimeException('from the callback'); });
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    queue_address_pop(4, PHP_INT_MAX, '', function () { throw new LogicException('pop callback'); });
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($unlocked());
var_dump(bin2hex(file_get_contents($file)));
var_dump(queue_address_pop(4));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECTF--
reporting inside: 4437
int(0)
bool(true)

Notice: shown again in %s on line %d
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, class "NoClass" not found
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: queue_address_push(): Argument #4 ($callback) must be of type callable|string, array given
bool(true)
RuntimeException: from the callback
LogicException: pop callback
bool(true)
string(8) "61000000"
string(1) "a"
