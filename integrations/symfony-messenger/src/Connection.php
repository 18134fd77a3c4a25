<?php

declare(strict_types=1);

namespace FileQ\Messenger;

use FileQ\Job;
use FileQ\Queue;
use Symfony\Component\Messenger\Exception\InvalidArgumentException;
use Symfony\Component\Messenger\Exception\TransportException;

/**
 * One fileq job queue named by a DSN:
 *
 *     fileq:///var/spool/app/jobs.q?frame_size=8192&visibility=300&max_attempts=0
 *
 * The path is absolute (three slashes). Options come from the query string or
 * from the transport's options (the query string wins, as Symfony's own
 * transports do). The queue file is opened on first use: FileQ\Queue reopens
 * it by itself in a forked child and when the file was replaced.
 */
final class Connection
{
    /** Frame size of a queue file made here when none is given: the bytes of one encoded envelope, at most. */
    public const DEFAULT_FRAME_SIZE = 8192;

    /** The largest frame FileQ\Queue makes (64 MiB). */
    private const MAX_FRAME_SIZE = 67108864;

    private const DEFAULTS = [
        'frame_size' => null,      // null: an existing file's own, else DEFAULT_FRAME_SIZE
        'visibility' => null,      // seconds a live worker may hold a message before it is handed out again; null: until ack/reject
        'max_attempts' => 0,       // hand-outs before a message whose workers keep dying is set aside as a dead letter; 0: no limit
        'lock_timeout' => -1.0,    // seconds a call waits for the queue's lock; -1: the ini fileq.lock_timeout
        'permissions' => 0600,     // mode of a queue file (and 0700 directories) made here
        'get_timeout' => 0.0,      // seconds get() waits for a message (0: returns at once; the Worker sleeps between empty rounds)
        'sync' => false,           // fdatasync before each call returns (Queue::SYNC): survives a power cut
        'auto_setup' => true,      // create the directory and the file on first use
    ];

    private ?Queue $queue = null;

    /** @param array<string, mixed> $options */
    private function __construct(private readonly string $path, private readonly array $options)
    {
    }

    /** @param array<string, mixed> $options */
    public static function fromDsn(#[\SensitiveParameter] string $dsn, array $options = []): self
    {
        if (!str_starts_with($dsn, 'fileq://')) {
            throw new InvalidArgumentException('A fileq DSN starts with "fileq://".');
        }
        $rest = substr($dsn, \strlen('fileq://'));
        $query = '';
        if (false !== $q = strpos($rest, '?')) {
            $query = substr($rest, $q + 1);
            $rest = substr($rest, 0, $q);
        }
        $path = rawurldecode($rest);
        if ('' === $path || '/' !== $path[0]) {
            throw new InvalidArgumentException(sprintf('The fileq DSN "%s" must name an absolute path: fileq:///absolute/path/to/queue (three slashes).', $dsn));
        }
        if (str_ends_with($path, '/')) {
            throw new InvalidArgumentException(sprintf('The fileq DSN "%s" names a directory, not a queue file.', $dsn));
        }
        parse_str($query, $fromQuery);
        unset($options['transport_name'], $options['serializer']);
        $merged = array_replace(self::DEFAULTS, $options, $fromQuery);
        $unknown = array_diff_key($merged, self::DEFAULTS);
        if ($unknown) {
            throw new InvalidArgumentException(sprintf('Unknown option(s) "%s" for the fileq transport; known: "%s".', implode('", "', array_keys($unknown)), implode('", "', array_keys(self::DEFAULTS))));
        }

        return new self($path, self::normalise($merged));
    }

    /**
     * @param array<string, mixed> $o
     *
     * @return array<string, mixed>
     */
    private static function normalise(array $o): array
    {
        $int = static function (string $name, mixed $v, int $min, int $max): int {
            if (\is_string($v) && preg_match('/^0[0-7]+$/', $v) && 'permissions' === $name) {
                $v = octdec($v);
            }
            if (!is_numeric($v) || (int) $v != $v || (int) $v < $min || (int) $v > $max) {
                throw new InvalidArgumentException(sprintf('The fileq option "%s" must be an integer from %s to %s, "%s" given.', $name, 'permissions' === $name ? '0' : $min, 'permissions' === $name ? sprintf('0%o (a mode, in octal: write 0660, not 660)', $max) : $max, \is_scalar($v) ? $v : get_debug_type($v)));
            }

            return (int) $v;
        };
        $float = static function (string $name, mixed $v): float {
            if (!is_numeric($v)) {
                throw new InvalidArgumentException(sprintf('The fileq option "%s" must be a number of seconds.', $name));
            }

            return (float) $v;
        };
        $bool = static function (string $name, mixed $v): bool {
            $b = \is_bool($v) ? $v : filter_var($v, \FILTER_VALIDATE_BOOL, \FILTER_NULL_ON_FAILURE);
            if (null === $b) {
                throw new InvalidArgumentException(sprintf('The fileq option "%s" must be a boolean (true/false, 1/0, yes/no, on/off), "%s" given.', $name, \is_scalar($v) ? $v : get_debug_type($v)));
            }

            return $b;
        };

        $o['frame_size'] = null === $o['frame_size'] || '' === $o['frame_size'] ? null : $int('frame_size', $o['frame_size'], Queue::JOB_OVERHEAD + 1, self::MAX_FRAME_SIZE);
        $o['visibility'] = null === $o['visibility'] || '' === $o['visibility'] ? null : $float('visibility', $o['visibility']);
        if (null !== $o['visibility'] && $o['visibility'] <= 0) {
            throw new InvalidArgumentException('The fileq option "visibility" must be a number of seconds > 0 (or absent: held until ack or reject).');
        }
        $o['max_attempts'] = $int('max_attempts', $o['max_attempts'], 0, 0xFFFFFF);
        $o['lock_timeout'] = $float('lock_timeout', $o['lock_timeout']);
        if ($o['lock_timeout'] < 0 && -1.0 !== $o['lock_timeout']) {
            throw new InvalidArgumentException('The fileq option "lock_timeout" must be a number of seconds >= 0, or -1 (the ini fileq.lock_timeout).');
        }
        $o['permissions'] = $int('permissions', $o['permissions'], 0, 0777);
        $o['get_timeout'] = $float('get_timeout', $o['get_timeout']);
        if ($o['get_timeout'] < 0) {
            throw new InvalidArgumentException('The fileq option "get_timeout" must be >= 0: a Worker must come back to check its stop conditions.');
        }
        $o['sync'] = $bool('sync', $o['sync']);
        $o['auto_setup'] = $bool('auto_setup', $o['auto_setup']);

        return $o;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    /** @return array<string, mixed> */
    public function getOptions(): array
    {
        return $this->options;
    }

    /**
     * Creates the directories (permissions with the matching x bits: 0700 for
     * 0600, 0770 for 0660; exactly, whatever the umask) and the queue file when missing.
     */
    public function setup(): void
    {
        $mode = $this->options['permissions'] | (($this->options['permissions'] & 0444) >> 2);
        $missing = [];
        clearstatcache();
        for ($dir = \dirname($this->path); !is_dir($dir) && \dirname($dir) !== $dir; $dir = \dirname($dir)) {
            $missing[] = $dir;
        }
        foreach (array_reverse($missing) as $dir) {
            if (!@mkdir($dir, $mode)) {
                clearstatcache(true, $dir);
                if (is_dir($dir)) {
                    continue;  // made meanwhile by another process: its mode is its maker's
                }
                throw new TransportException(sprintf('Cannot create the directory "%s" of the fileq queue: %s', $dir, error_get_last()['message'] ?? 'unknown error'));
            }
            if (!@chmod($dir, $mode)) {
                throw new TransportException(sprintf('Cannot set the mode %04o of the directory "%s" of the fileq queue: %s', $mode, $dir, error_get_last()['message'] ?? 'unknown error'));
            }
        }
        $this->open(true);
    }

    public function queue(): Queue
    {
        return $this->queue ?? $this->open($this->options['auto_setup']);
    }

    private function open(bool $create): Queue
    {
        if (null !== $this->queue) {
            return $this->queue;
        }
        // Another process may have removed or made the file or its directory since PHP's stat cache saw them.
        clearstatcache();
        $exists = is_file($this->path);
        if (!$exists && !$create) {
            throw new TransportException(sprintf('The fileq queue "%s" does not exist and auto_setup is off: run messenger:setup-transports (or setup()).', $this->path));
        }
        if (!$exists && !is_dir(\dirname($this->path))) {
            $this->setup();

            return $this->queue;
        }
        $frameSize = $this->options['frame_size'] ?? ($exists ? null : self::DEFAULT_FRAME_SIZE);
        $flags = Queue::JOBS | ($this->options['sync'] ? Queue::SYNC : 0);
        try {
            $this->queue = new Queue($this->path, $frameSize, $flags, $this->options['permissions'], $this->options['lock_timeout'], $this->options['max_attempts']);
        } catch (\FileQ\Exception|\ValueError $e) {
            // ValueError: a path the constructor refuses (a NUL byte from %00 in the DSN)
            throw new TransportException(sprintf('Cannot open the fileq queue "%s": %s', $this->path, $e->getMessage()), 0, $e);
        }
        if (!$this->queue->stats()['jobs']) {
            $this->queue = null;
            throw new TransportException(sprintf('The fileq queue "%s" was not made as a job queue (Queue::JOBS): a Messenger transport must be able to give back what a dead worker held.', $this->path));
        }

        return $this->queue;
    }

    public function maxPayload(): int
    {
        return $this->queue()->getMaxPayload();
    }

    /** Pushes a frame, visible at once or after $delayMs milliseconds. */
    public function send(string $frame, int $delayMs = 0): void
    {
        try {
            $this->queue()->push($frame, $delayMs > 0 ? $delayMs / 1000 : 0);
        } catch (\FileQ\TooLargeException $e) {
            throw new Exception\MessageTooLargeException(\strlen($frame), $this->maxPayload(), $this->path, $e);
        } catch (\FileQ\Exception $e) {
            throw new TransportException(sprintf('fileq push to "%s" failed: %s', $this->path, $e->getMessage()), 0, $e);
        }
    }

    public function reserve(): ?Job
    {
        try {
            return $this->queue()->reserve($this->options['get_timeout'], $this->options['visibility']);
        } catch (\FileQ\Exception $e) {
            throw new TransportException(sprintf('fileq reserve on "%s" failed: %s', $this->path, $e->getMessage()), 0, $e);
        }
    }

    public function ack(Job $job): void
    {
        try {
            $this->queue()->ack($job);
        } catch (\FileQ\Exception $e) {
            throw new TransportException(sprintf('fileq ack of job %d on "%s" failed: %s', $job->id, $this->path, $e->getMessage()), 0, $e);
        }
    }

    public function release(Job $job): void
    {
        try {
            $this->queue()->release($job);
        } catch (\FileQ\Exception $e) {
            throw new TransportException(sprintf('fileq release of job %d on "%s" failed: %s', $job->id, $this->path, $e->getMessage()), 0, $e);
        }
    }

    /**
     * What a worker can take now: waiting, and orphaned (held by a worker that
     * died, handed out by the next get()); delayed messages not yet due are
     * not counted, nor those held by a live worker.
     */
    public function count(): int
    {
        try {
            $s = $this->queue()->jobStats();

            return $s['waiting'] + $s['orphaned'];
        } catch (\FileQ\Exception $e) {
            throw new TransportException(sprintf('fileq count of "%s" failed: %s', $this->path, $e->getMessage()), 0, $e);
        }
    }
}
