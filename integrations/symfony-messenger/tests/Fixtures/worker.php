<?php
/*
 * A worker process for the tests and the kill storm: Messenger's Worker on a
 * fileq transport, appending "n pid" to a log for each Hello it handles.
 *   php worker.php DSN LOG [limit] [mode]
 * mode: "ok" (default), "slow" (each handler sleeps 2 ms: a window for a kill
 * to land in), "hang-first" (the first message handled sleeps for ever).
 */
declare(strict_types=1);

require $_SERVER['FILEQ_MESSENGER_AUTOLOAD'] ?? __DIR__ . '/../../vendor/autoload.php';

use FileQ\Messenger\FileQTransportFactory;
use FileQ\Messenger\Tests\Fixtures\Hello;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Transport\Serialization\PhpSerializer;
use Symfony\Component\Messenger\Worker;

[$_, $dsn, $log] = $argv;
$limit = (int) ($argv[3] ?? 0);
$mode = $argv[4] ?? 'ok';
$transport = (new FileQTransportFactory())->createTransport($dsn, [], new PhpSerializer());
$first = true;
$handler = function (Hello $m) use ($log, $mode, &$first): void {
    if ($mode === 'hang-first' && $first) {
        file_put_contents("$log.holding", (string) getmypid());
        sleep(3600);
    }
    $first = false;
    if ($mode === 'slow') {
        usleep(2000);
    }
    file_put_contents($log, $m->n . ' ' . getmypid() . "\n", FILE_APPEND | LOCK_EX);
};
$bus = new MessageBus([new HandleMessageMiddleware(new HandlersLocator([Hello::class => [$handler]]))]);
$dispatcher = new EventDispatcher();
if ($limit > 0) {
    $dispatcher->addSubscriber(new StopWorkerOnMessageLimitListener($limit));
}
$worker = new Worker(['q' => $transport], $bus, $dispatcher);
$worker->run(['sleep' => 5000]);
