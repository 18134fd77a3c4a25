--TEST--
seed API: callbacks resolve as the seed's call_user_func() did, from a global function (no class scope)
--EXTENSIONS--
fileq
mbstring
--FILE--
<?php
require __DIR__ . '/seed_queue_baseline.inc';
$base = __DIR__ . '/' . basename(__FILE__, '.php');

class Handler
{
    private function hidden($fh) { echo "hidden\n"; }
    protected function guarded($fh) { echo "guarded\n"; }
    public function open($fh) { echo "open\n"; }
    public static function stat($fh) { echo "static\n"; }

    public function run(string $prefix): void
    {
        $callbacks = [[$this, 'hidden'], [$this, 'guarded'], 'self::stat', [$this, 'open'],
            'Handler::stat', fn ($fh) => $this->hidden($fh), Closure::fromCallable([$this, 'guarded'])];
        foreach ($callbacks as $cb) {
            try {
                ($prefix . 'queue_address_push')('x', 4, PHP_INT_MAX, $cb);
            } catch (TypeError $e) {
                echo get_class($e), ': ', $e->getMessage(), "\n";
            }
        }
    }
}

foreach (['baseline' => 'seed_', 'native' => ''] as $name => $prefix) {
    file_put_contents("$base.$name", '');
    $cron_requests_events_settings['queue_file'] = "$base.$name";
    ob_start();
    (new Handler)->run($prefix);
    $out[$name] = ob_get_clean();
    $bytes[$name] = file_get_contents("$base.$name");
}
echo $out['native'];
var_dump($out['baseline'] === $out['native'], $bytes['baseline'] === $bytes['native'], strlen($bytes['native']));
?>
--CLEAN--
<?php
$base = __DIR__ . '/' . basename(__FILE__, '.clean.php');
@unlink("$base.baseline");
@unlink("$base.native");
?>
--EXPECT--
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access private method Handler::hidden()
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access protected method Handler::guarded()
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, cannot access "self" when no class scope is active
open
static
hidden
guarded
bool(true)
bool(true)
int(16)
