<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * What FileQ\MessageQueue does, for code that takes a message queue and for
 * its tests: a class of your own that implements this interface stands in
 * for the queue. Methods may be added in a minor release of fileq.
 */
interface MessageQueueInterface extends \Countable
{
    /** $type > 0. Not serialized: a string, int, float or bool is sent as a string, as msg_send() does. */
    public function send(mixed $message, int $type = 1, bool $serialize = true, bool $blocking = true): void;

    /**
     * $type as msgrcv: 0 the first message, > 0 the first of that type, < 0 the first of the lowest type <= -$type.
     * $timeout in seconds, -1 for ever; past it a FileQ\TimeoutException.
     * $flags: MessageQueue::EXCEPT, MessageQueue::NOERROR. $receivedType gets the message's type.
     * $allowedClasses as unserialize()'s allowed_classes, enums included: by default no class (anyone allowed
     * to send could have written the message); an object of another class comes back as __PHP_Incomplete_Class,
     * a message naming another enum is a FileQ\Exception.
     *
     * @phpstan-param-out int $receivedType
     * @phpstan-param bool|list<class-string> $allowedClasses
     * @phpstan-return ($unserialize is false ? string : mixed)
     */
    public function receive(int $type = 0, int $maxSize = 65536, bool $unserialize = true, float $timeout = -1, int $flags = 0, mixed &$receivedType = null, array|bool $allowedClasses = false): mixed;

    /**
     * The same keys as msg_stat_queue().
     *
     * @return array{'msg_perm.uid': int, 'msg_perm.gid': int, 'msg_perm.mode': int, msg_stime: int, msg_rtime: int, msg_ctime: int, msg_qnum: int, msg_qbytes: int, msg_lspid: int, msg_lrpid: int}
     */
    public function stat(): array;

    /** Messages in the queue now. */
    public function count(): int;

    /** msg_qbytes: the most bytes the queue holds (raising it above the system's msgmnb needs privileges). */
    public function setMaxBytes(int $bytes): void;

    /** Removes the queue (msgctl IPC_RMID): later calls on this object throw. */
    public function remove(): void;

    public function getKey(): int;

    public function getId(): int;
}

/**
 * A SysV message queue (msgget/msgsnd/msgrcv). Messages are exchanged with
 * ext/sysvmsg's msg_send()/msg_receive(): same buffer, same serialization.
 *
 * @strict-properties
 * @not-serializable
 */
final class MessageQueue implements MessageQueueInterface
{
    /**
     * @var int
     * @cvalue FQ_MSG_EXCEPT
     */
    public const EXCEPT = UNKNOWN;
    /**
     * @var int
     * @cvalue FQ_MSG_NOERROR
     */
    public const NOERROR = UNKNOWN;

    /** Opens the queue of $key, creating it when missing. $key 0 (IPC_PRIVATE) makes a new private queue. */
    public function __construct(int $key, int $permissions = 0600) {}

    /** The queue of ftok($path, $project). */
    public static function fromPath(string $path, string $project = 'q', int $permissions = 0600): MessageQueue {}

    public static function exists(int $key): bool {}

    public function send(mixed $message, int $type = 1, bool $serialize = true, bool $blocking = true): void {}

    public function receive(int $type = 0, int $maxSize = 65536, bool $unserialize = true, float $timeout = -1, int $flags = 0, mixed &$receivedType = null, array|bool $allowedClasses = false): mixed {}

    public function stat(): array {}

    public function count(): int {}

    public function setMaxBytes(int $bytes): void {}

    public function remove(): void {}

    public function getKey(): int {}

    public function getId(): int {}
}
