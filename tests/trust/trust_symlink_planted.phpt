--TEST--
Trust: a symbolic link another user planted (to a root-only file, or dangling) is not followed by Queue (framed, RAW), the seed functions or Fifo: nothing read, written or created; a link of the caller's own is followed
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
file_put_contents("$root/secret", "SECRET\n");
chmod("$root/secret", 0600);

fq_as_nobody(function () use ($pub, $root) {
    foreach (['framed', 'raw', 'seed', 'fifo'] as $n) {
        symlink("$root/secret", "$pub/$n");            // at a file root may write
        symlink("$root/made-$n", "$pub/dangling-$n");  // at a file root would create
    }
    echo "attacker: links planted\n";
});

$tries = [
    'framed' => fn ($p) => (new FileQ\Queue($p, 64))->push('job'),
    'raw' => fn ($p) => (new FileQ\Queue($p, 8, FileQ\Queue::RAW))->pop(),
    'seed' => function ($p) {
        $GLOBALS['cron_requests_events_settings'] = ['queue_file' => $p];
        return queue_address_push('job', 64);
    },
    'fifo' => fn ($p) => new FileQ\Fifo($p),
];
foreach ($tries as $n => $try) {
    foreach (["$pub/$n", "$pub/dangling-$n"] as $p) {
        try {
            $try($p);
            echo "$n, ", basename($p), ": opened\n";
        } catch (FileQ\Exception $e) {
            echo "$n, ", basename($p), ": ", fq_shown($e, $base), "\n";
        }
    }
}
var_dump(file_get_contents("$root/secret"), glob("$root/made-*"));

// the caller's own link (a deploy's "current") to an existing queue is followed (to nothing it is not: trust_dangling_link_own)
new FileQ\Queue("$root/mine.q", 64);
symlink("$root/mine.q", "$pub/mine");
(new FileQ\Queue("$pub/mine", 64))->push('job');
var_dump((new FileQ\Queue("$root/mine.q", 64))->pop());
fq_trust_clean($base);
?>
--CLEAN--
<?php require __DIR__ . '/attacker.inc'; fq_trust_clean(fq_trust_base('trust_symlink_planted')); ?>
--EXPECT--
attacker: links planted
framed, framed: FileQ\Exception: open 'DIR/pub/framed': the symbolic link 'framed' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
framed, dangling-framed: FileQ\Exception: open 'DIR/pub/dangling-framed': the symbolic link 'dangling-framed' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
raw, raw: FileQ\Exception: open 'DIR/pub/raw': the symbolic link 'raw' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
raw, dangling-raw: FileQ\Exception: open 'DIR/pub/dangling-raw': the symbolic link 'dangling-raw' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
seed, seed: FileQ\Exception: open 'DIR/pub/seed': the symbolic link 'seed' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
seed, dangling-seed: FileQ\Exception: open 'DIR/pub/dangling-seed': the symbolic link 'dangling-seed' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
fifo, fifo: FileQ\Exception: open 'DIR/pub/fifo': the symbolic link 'fifo' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
fifo, dangling-fifo: FileQ\Exception: open 'DIR/pub/dangling-fifo': the symbolic link 'dangling-fifo' in it belongs to uid 65534, neither this process (uid 0) nor the owner of its directory (uid 0): not followed
string(7) "SECRET
"
array(0) {
}
string(3) "job"
