--TEST--
Trust: a queue file or FIFO another user made before the victim is refused (world-writable, or neither the caller's, root's nor shared through one of the caller's groups); one shared through a group (a setgid directory, 0660) is used
--EXTENSIONS--
fileq
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/attacker.inc'; fq_attacker_skip(); ?>
--FILE--
<?php
require __DIR__ . '/attacker.inc';
[$base, $pub, $root] = fq_trust_dirs(__FILE__);
mkdir("$base/share");
chmod("$base/share", 02777);   // the sharing recipe: new files take the directory's group (root's here)

fq_as_nobody(function () use ($pub, $base) {
    (new FileQ\Queue("$pub/open.q", 64, 0, 0666))->push('injected job');
    (new FileQ\Queue("$pub/private.q", 64, 0, 0644))->push('injected job');
    new FileQ\Fifo("$pub/pipe", 0666);
    (new FileQ\Queue("$base/share/jobs.q", 64, 0, 0660))->push('job from the pool');
    echo "attacker: files made\n";
});
clearstatcache();
foreach (['open.q', 'private.q', 'pipe'] as $n) {
    printf("%s: %s %o\n", $n, posix_getpwuid(fileowner("$pub/$n"))['name'] ?? fileowner("$pub/$n"), fileperms("$pub/$n") & 0777);
}
foreach ([
    'world-writable queue' => fn () => (new FileQ\Queue("$pub/open.q", 64))->pop(),
    'RAW, same file' => fn () => (new FileQ\Queue("$pub/open.q", 8, FileQ\Queue::RAW))->pop(),
    'foreign queue' => fn () => (new FileQ\Queue("$pub/private.q", 64))->pop(),
    'world-writable FIFO' => fn () => new FileQ\Fifo("$pub/pipe"),
    'shared through the group' => fn () => (new FileQ\Queue("$base/share/jobs.q", 64))->pop(),
] as $what => $try) {
    try {
        $got = json_encode($try());
        echo "$what: $got\n";
    } catch (FileQ\Exception $e) {
        echo "$what: ", fq_shown($e, $base), "\n";
    }
}
fq_trust_clean($base);
?>
--CLEAN--
<?php require __DIR__ . '/attacker.inc'; fq_trust_clean(fq_trust_base('trust_foreign_owned_file')); ?>
--EXPECT--
attacker: files made
open.q: nobody 666
private.q: nobody 644
pipe: nobody 666
world-writable queue: FileQ\Exception: 'DIR/pub/open.q' is not trusted: anyone may write it (mode 0666) and it belongs to uid 65534, not to this process (uid 0)
RAW, same file: FileQ\Exception: 'DIR/pub/open.q' is not trusted: anyone may write it (mode 0666) and it belongs to uid 65534, not to this process (uid 0)
foreign queue: FileQ\Exception: 'DIR/pub/private.q' is not trusted: it belongs to uid 65534 and group 65534, and this process (uid 0) is neither its owner nor in its group
world-writable FIFO: FileQ\Exception: 'DIR/pub/pipe' is not trusted: anyone may write it (mode 0666) and it belongs to uid 65534, not to this process (uid 0)
shared through the group: "job from the pool"
