<?php

declare(strict_types=1);

namespace FileQ\Messenger\Tests;

use FileQ\Messenger\Connection;
use FileQ\Messenger\Exception\MessageTooLargeException;
use FileQ\Messenger\FileQReceivedStamp;
use FileQ\Messenger\FileQTransport;
use FileQ\Messenger\FileQTransportFactory;
use FileQ\Messenger\Tests\Fixtures\Hello;
use PHPUnit\Framework\TestCase;
use Psr\Container\ContainerInterface;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\EventListener\SendFailedMessageForRetryListener;
use Symfony\Component\Messenger\EventListener\SendFailedMessageToFailureTransportListener;
use Symfony\Component\Messenger\Exception\InvalidArgumentException;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Retry\MultiplierRetryStrategy;
use Symfony\Component\Messenger\Stamp\DelayStamp;
use Symfony\Component\Messenger\Stamp\RedeliveryStamp;
use Symfony\Component\Messenger\Stamp\SentToFailureTransportStamp;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Serialization\PhpSerializer;
use Symfony\Component\Messenger\Transport\TransportInterface;
use Symfony\Component\Messenger\Worker;

final class FileQTransportTest extends TestCase
{
    private string $dir;

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir().'/fileq-messenger-'.getmypid().'-'.bin2hex(random_bytes(4));
    }

    protected function tearDown(): void
    {
        if (is_dir($this->dir)) {
            foreach (new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($this->dir, \FilesystemIterator::SKIP_DOTS), \RecursiveIteratorIterator::CHILD_FIRST) as $f) {
                $f->isDir() ? rmdir($f->getPathname()) : unlink($f->getPathname());
            }
            rmdir($this->dir);
        }
    }

    private function transport(string $name = 'q', string $query = ''): FileQTransport
    {
        $t = (new FileQTransportFactory())->createTransport('fileq://'.$this->dir.'/'.$name.'.q'.$query, [], new PhpSerializer());
        $this->assertInstanceOf(FileQTransport::class, $t);

        return $t;
    }

    /** @return list<string> */
    private static function php(): array
    {
        $cmd = [\PHP_BINARY];
        if (false !== $ext = getenv('FILEQ_EXT')) {
            $cmd = [\PHP_BINARY, '-d', 'extension='.$ext];
        }

        return $cmd;
    }

    /** @param list<string> $args */
    private static function spawn(string $script, array $args): mixed
    {
        $p = proc_open([...self::php(), __DIR__.'/Fixtures/'.$script, ...$args], [0 => ['pipe', 'r'], 1 => \STDOUT, 2 => \STDERR], $pipes);
        fclose($pipes[0]);

        return $p;
    }

    /** Runs a Worker on the transports until $done() or $seconds pass. */
    private static function work(array $receivers, MessageBus $bus, EventDispatcher $d, callable $done, float $seconds): void
    {
        $until = microtime(true) + $seconds;
        $d->addListener(WorkerRunningEvent::class, function (WorkerRunningEvent $e) use ($done, $until): void {
            if ($done() || microtime(true) > $until) {
                $e->getWorker()->stop();
            }
        });
        (new Worker($receivers, $bus, $d))->run(['sleep' => 5000]);
    }

    private static function locator(array $services): ContainerInterface
    {
        return new class($services) implements ContainerInterface {
            public function __construct(private array $s)
            {
            }

            public function get(string $id): mixed
            {
                return $this->s[$id];
            }

            public function has(string $id): bool
            {
                return isset($this->s[$id]);
            }
        };
    }

    public function testFactorySupportsFileqDsnsOnly(): void
    {
        $f = new FileQTransportFactory();
        $this->assertTrue($f->supports('fileq:///var/spool/q', []));
        $this->assertFalse($f->supports('redis://localhost', []));
        $this->assertFalse($f->supports('doctrine://default', []));
    }

    public function testDsnNeedsAnAbsolutePath(): void
    {
        $this->expectException(InvalidArgumentException::class);
        $this->expectExceptionMessage('absolute path');
        Connection::fromDsn('fileq://relative/jobs.q');
    }

    public function testDsnRefusesUnknownOptions(): void
    {
        $this->expectException(InvalidArgumentException::class);
        $this->expectExceptionMessage('"colour"');
        Connection::fromDsn('fileq:///tmp/x.q?colour=blue');
    }

    public function testDsnOptions(): void
    {
        $c = Connection::fromDsn('fileq:///tmp/x.q?frame_size=1024&visibility=30&max_attempts=5', ['get_timeout' => 0.5]);
        $this->assertSame('/tmp/x.q', $c->getPath());
        $o = $c->getOptions();
        $this->assertSame(1024, $o['frame_size']);
        $this->assertSame(30.0, $o['visibility']);
        $this->assertSame(5, $o['max_attempts']);
        $this->assertSame(0.5, $o['get_timeout']);
    }

    /** @return iterable<string, array{string, string}> */
    public static function outOfRangeOptions(): iterable
    {
        yield 'frame_size above 64 MiB' => ['frame_size=67108865', '"frame_size" must be an integer from 49 to 67108864, "67108865" given'];
        yield 'permissions in decimal' => ['permissions=660', '"permissions" must be an integer from 0 to 0777 (a mode, in octal: write 0660, not 660), "660" given'];
        yield 'permissions with a set-id bit' => ['permissions=04600', '"permissions" must be an integer from 0 to 0777'];
        yield 'max_attempts above the file\'s limit' => ['max_attempts=16777216', '"max_attempts" must be an integer from 0 to 16777215'];
        yield 'lock_timeout negative' => ['lock_timeout=-5', '"lock_timeout" must be a number of seconds >= 0, or -1'];
        yield 'sync not a boolean' => ['sync=maybe', '"sync" must be a boolean (true/false, 1/0, yes/no, on/off), "maybe" given'];
        yield 'auto_setup not a boolean' => ['auto_setup=2', '"auto_setup" must be a boolean'];
    }

    /** @dataProvider outOfRangeOptions */
    #[\PHPUnit\Framework\Attributes\DataProvider('outOfRangeOptions')]
    public function testDsnRefusesOutOfRangeOptionsWhenTheTransportIsMade(string $query, string $message): void
    {
        $this->expectException(InvalidArgumentException::class);
        $this->expectExceptionMessage($message);
        (new FileQTransportFactory())->createTransport('fileq://'.$this->dir.'/q.q?'.$query, [], new PhpSerializer());
    }

    public function testDsnBooleans(): void
    {
        $this->assertTrue(Connection::fromDsn('fileq:///tmp/x.q?sync=yes&auto_setup=off')->getOptions()['sync']);
        $this->assertFalse(Connection::fromDsn('fileq:///tmp/x.q?sync=yes&auto_setup=off')->getOptions()['auto_setup']);
        $this->assertTrue(Connection::fromDsn('fileq:///tmp/x.q', ['sync' => true])->getOptions()['sync']);
        $this->assertSame(0660, Connection::fromDsn('fileq:///tmp/x.q', ['permissions' => 0660])->getOptions()['permissions']);
    }

    public function testSetupGivesDirectoriesTheMatchingXBitsWhateverTheUmask(): void
    {
        $old = umask(027);
        try {
            $t = $this->transport('a/b/jobs', '?permissions=0660');
            $t->setup();
        } finally {
            umask($old);
        }
        clearstatcache();
        $this->assertSame('0770 0770 0660', sprintf('%04o %04o %04o', fileperms($this->dir) & 07777, fileperms($this->dir.'/a/b') & 07777, fileperms($this->dir.'/a/b/jobs.q') & 07777));
    }

    public function testAutoSetupMakesTheDirectoryAgainAfterAnotherProcessRemovedIt(): void
    {
        $this->transport()->setup();
        $this->assertDirectoryExists($this->dir);  // PHP's stat cache now says it is there
        exec('rm -rf '.escapeshellarg($this->dir), $out, $rc);
        $this->assertSame(0, $rc);
        $t = $this->transport();
        $t->send(new Envelope(new Hello(7)));
        $this->assertSame(1, $t->getMessageCount());
    }

    public function testSetupCreatesTheDirectoryAndQueue(): void
    {
        $t = $this->transport('sub/dir/jobs');
        $t->setup();
        $this->assertFileExists($this->dir.'/sub/dir/jobs.q');
        $this->assertSame(0, $t->getMessageCount());
    }

    public function testSendGetAck(): void
    {
        $t = $this->transport();
        $t->send(new Envelope(new Hello(1, "binary\0safe")));
        $t->send(new Envelope(new Hello(2)));
        $this->assertSame(2, $t->getMessageCount());
        $got = [...$t->get()];
        $this->assertCount(1, $got);
        $this->assertEquals(new Hello(1, "binary\0safe"), $got[0]->getMessage());
        $this->assertNotNull($got[0]->last(FileQReceivedStamp::class));
        $this->assertIsInt($got[0]->last(TransportMessageIdStamp::class)?->getId());
        $this->assertSame(1, $t->getMessageCount());
        $t->ack($got[0]);
        $second = [...$t->get()];
        $t->reject($second[0]);
        $this->assertSame([], [...$t->get()]);
        $this->assertSame(0, $t->getMessageCount());
    }

    public function testDelayStampMakesADelayedFrame(): void
    {
        $t = $this->transport();
        $sent = microtime(true);
        $t->send(new Envelope(new Hello(7), [new DelayStamp(300)]));
        $this->assertSame(0, $t->getMessageCount());
        $this->assertSame([], [...$t->get()]);
        $this->assertSame(1, $t->getConnection()->queue()->jobStats()['delayed']);
        do {
            $got = [...$t->get()];
        } while (!$got && microtime(true) - $sent < 5 && null === usleep(2000));
        $this->assertGreaterThanOrEqual(0.3, microtime(true) - $sent);
        $this->assertEquals(new Hello(7), $got[0]->getMessage());
        $t->ack($got[0]);
    }

    public function testTooLargeMessageIsRefusedNamingTheLimit(): void
    {
        $t = $this->transport('small', '?frame_size=512');
        try {
            $t->send(new Envelope(new Hello(1, str_repeat('x', 2000))));
            $this->fail('no exception');
        } catch (MessageTooLargeException $e) {
            $this->assertSame(512 - \FileQ\Queue::JOB_OVERHEAD, $e->limit);
            $this->assertStringContainsString('at most '.(512 - \FileQ\Queue::JOB_OVERHEAD).' bytes', $e->getMessage());
        }
        $this->assertSame(0, $t->getMessageCount());
    }

    public function testAWorkerHandlesMessagesSentFromAnotherProcess(): void
    {
        $t = $this->transport();
        $t->setup();
        $sender = self::spawn('sender.php', ['fileq://'.$this->dir.'/q.q', '0', '50']);
        $seen = [];
        $bus = new MessageBus([new HandleMessageMiddleware(new HandlersLocator([Hello::class => [function (Hello $m) use (&$seen): void {
            $seen[] = $m->n;
        }]]))]);
        self::work(['q' => $t], $bus, new EventDispatcher(), function () use (&$seen): bool { return \count($seen) >= 50; }, 30);
        $this->assertSame(0, proc_close($sender));
        $this->assertSame(range(0, 49), $seen);
        $this->assertSame(0, $t->getMessageCount());
    }

    public function testAFailingHandlerIsRetriedWithDelay(): void
    {
        $t = $this->transport();
        $calls = [];
        $bus = new MessageBus([new HandleMessageMiddleware(new HandlersLocator([Hello::class => [function (Hello $m) use (&$calls): void {
            $calls[] = microtime(true);
            if (\count($calls) < 3) {
                throw new \RuntimeException('not yet');
            }
        }]]))]);
        $d = new EventDispatcher();
        $d->addSubscriber(new SendFailedMessageForRetryListener(self::locator(['q' => $t]), self::locator(['q' => new MultiplierRetryStrategy(3, 100, 2)])));
        $t->send(new Envelope(new Hello(1)));
        self::work(['q' => $t], $bus, $d, function () use (&$calls): bool { return \count($calls) >= 3; }, 20);
        $this->assertCount(3, $calls);
        // Messenger 7's MultiplierRetryStrategy adds a jitter of up to 10 %
        $this->assertGreaterThanOrEqual(0.09, $calls[1] - $calls[0], 'first retry after 100 ms');
        $this->assertGreaterThanOrEqual(0.18, $calls[2] - $calls[1], 'second retry after 200 ms');
        $this->assertSame(0, $t->getMessageCount());
        $this->assertSame(0, $t->getConnection()->queue()->jobStats()['delayed']);
    }

    public function testAMessageWhoseConsumerIsKilledMidHandlerIsHandledByAnotherWorker(): void
    {
        $t = $this->transport();
        $log = $this->dir.'/handled.log';
        $t->send(new Envelope(new Hello(42)));
        $w = self::spawn('worker.php', ['fileq://'.$this->dir.'/q.q', $log, '0', 'hang-first']);
        $until = microtime(true) + 20;
        while (!is_file("$log.holding") && microtime(true) < $until) {
            usleep(5000);
        }
        $this->assertFileExists("$log.holding", 'the first worker got the message');
        $this->assertSame([], [...$t->get()], 'held by the first worker');
        $this->assertSame(0, $t->getMessageCount(), 'a message a live worker holds is not counted');
        $pid = (int) file_get_contents("$log.holding");
        \FileQ\Process::kill($pid, 9);
        proc_close($w);
        $this->assertSame(1, $t->getMessageCount(), 'the dead worker\'s message is counted: the next get() takes it');
        $handled = [];
        $bus = new MessageBus([new HandleMessageMiddleware(new HandlersLocator([Hello::class => [function (Hello $m) use (&$handled): void {
            $handled[] = $m->n;
        }]]))]);
        self::work(['q' => $t], $bus, new EventDispatcher(), function () use (&$handled): bool { return \count($handled) >= 1; }, 20);
        $this->assertSame([42], $handled);
        $this->assertSame(0, $t->getMessageCount());
    }

    public function testTheFailureTransportReceivesWhatExhaustedItsRetries(): void
    {
        $t = $this->transport();
        $failed = $this->transport('failed');
        $calls = 0;
        $bus = new MessageBus([new HandleMessageMiddleware(new HandlersLocator([Hello::class => [function (Hello $m) use (&$calls): void {
            ++$calls;
            throw new \RuntimeException('always');
        }]]))]);
        $d = new EventDispatcher();
        $d->addSubscriber(new SendFailedMessageForRetryListener(self::locator(['q' => $t]), self::locator(['q' => new MultiplierRetryStrategy(2, 50, 1)])));
        $d->addSubscriber(new SendFailedMessageToFailureTransportListener(self::locator(['q' => $failed])));
        $t->send(new Envelope(new Hello(9)));
        self::work(['q' => $t], $bus, $d, fn () => $failed->getMessageCount() > 0, 20);
        $this->assertSame(3, $calls, 'the first try and 2 retries');
        $this->assertSame(0, $t->getMessageCount());
        $this->assertSame(0, $t->getConnection()->queue()->jobStats()['delayed']);
        $this->assertSame(1, $failed->getMessageCount());
        $env = [...$failed->get()][0];
        $this->assertEquals(new Hello(9), $env->getMessage());
        $this->assertNotNull($env->last(SentToFailureTransportStamp::class));
        $this->assertNotNull($env->last(RedeliveryStamp::class));
        $failed->ack($env);
    }
}
