--TEST--
Trust: what another user put in a message queue, a shared memory segment or a queue's boot frame instantiates no class and autoloads no enum (allowedClasses: none by default); the SysV objects the classes make are 0600 unless asked
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
$victim = "$root/precious";
file_put_contents($victim, "root's\n");

// a class of the victim's code whose destructor deletes a file it names
class Wiper
{
    public function __construct(public string $path) {}
    public function __destruct() { @unlink($this->path); }
}
spl_autoload_register(function ($class) { echo "autoload $class\n"; });

echo "-- by default the attacker cannot reach what the classes make\n";
$kq = ftok(__FILE__, 'q');
$km = ftok(__FILE__, 'm');
(new FileQ\MessageQueue($kq))->remove();        // what an interrupted earlier run may have left
(new FileQ\SharedMemory($km, 4096))->remove();
$q = new FileQ\MessageQueue($kq);
$m = new FileQ\SharedMemory($km, 4096);
$seg = array_values(array_filter(FileQ\Ipc::list()['shm'], fn ($e) => $e['id'] === $m->getId()))[0];
printf("message queue %o, segment %o\n", $q->stat()['msg_perm.mode'], $seg['perms']);
fq_as_nobody(function () use ($kq, $km) {
    foreach (['send' => fn () => (new FileQ\MessageQueue($kq))->send('x'),
              'attach' => fn () => new FileQ\SharedMemory($km, 4096)] as $what => $try) {
        try {
            $try();
            echo "attacker: $what allowed\n";
        } catch (FileQ\IOException $e) {
            echo "attacker: $what refused (", $e->getCode() === 13 ? 'EACCES' : $e->getCode(), ")\n";
        }
    }
});
$q->remove();
$m->remove();

echo "-- shared on purpose (0666): the attacker writes, the victim reads\n";
$q = new FileQ\MessageQueue($kq, 0666);
$m = new FileQ\SharedMemory($km, 4096, 0666);
$f = "$pub/shared.q";
$fq = new FileQ\Queue($f, 64, 0, 0666);
$fq->updateBoot(fn ($b) => ['workers' => [1, 2]]);
fq_as_nobody(function () use ($kq, $km, $f, $victim) {
    eval('namespace Plugin; enum Evil { case A; }');   // the attacker's own enum, unknown to the victim
    $wiper = new Wiper($victim);                      // (its destructor never runs here: the child is killed)
    (new FileQ\MessageQueue($kq))->send(['obj' => $wiper, 'enum' => Plugin\Evil::A]);
    (new FileQ\MessageQueue($kq))->send(['obj' => $wiper]);
    (new FileQ\SharedMemory($km, 4096))->put(7, ['obj' => $wiper, 'enum' => Plugin\Evil::A]);
    (new FileQ\SharedMemory($km, 4096))->put(8, ['obj' => $wiper]);

    // the boot frame rewritten by hand: a new boot area and a commit slot, checksums right
    $boot = serialize(['obj' => $wiper, 'enum' => Plugin\Evil::A]);
    $h = fopen($f, 'r+');
    $hdr = fread($h, 512);
    $s0 = substr($hdr, 32, 128);
    $s1 = substr($hdr, 160, 128);
    $cur = unpack('P', $s0)[1] > unpack('P', $s1)[1] ? $s0 : $s1;
    $seq = unpack('P', $cur)[1] + 1;
    $area = unpack('V', substr($cur, 64, 4))[1] ^ 1;
    fseek($h, 512 + $area * 1792);
    fwrite($h, $boot);
    $crc = fn ($s) => strrev(hash('crc32c', $s, true));
    $slot = pack('P', $seq) . substr($cur, 8, 48) . pack('V', strlen($boot)) . $crc($boot) . pack('V', $area)
        . substr($cur, 68, 56);
    fseek($h, 32 + ($seq & 1) * 128);
    fwrite($h, $slot . $crc($slot));
    fclose($h);
    echo "attacker: sent, put and written\n";
});
foreach (['message 1' => fn () => $q->receive(), 'message 2' => fn () => $q->receive(),
          'shm 7' => fn () => $m->get(7), 'shm 8' => fn () => $m->get(8), 'boot' => fn () => $fq->boot()] as $what => $read) {
    try {
        $got = $read();
        echo "$what: obj is ", get_class($got['obj']), "\n";
        unset($got);
    } catch (FileQ\Exception $e) {
        echo "$what: ", preg_replace('/0x[0-9a-f]+ \(id \d+\)/', 'KEY', fq_shown($e, $base)), "\n";
    }
}
echo "the victim's file is ", file_exists($victim) ? "still there" : "GONE", "\n";

echo "-- allowed on purpose: the caller's own classes come back\n";
(new FileQ\MessageQueue($kq))->send(['obj' => new Wiper("$root/none")]);
echo get_class($q->receive(allowedClasses: ['wiper'])['obj']), "\n";
$q->remove();
$m->remove();
fq_trust_clean($base);
?>
--CLEAN--
<?php require __DIR__ . '/attacker.inc'; fq_trust_clean(fq_trust_base('trust_object_injection')); ?>
--EXPECT--
-- by default the attacker cannot reach what the classes make
message queue 600, segment 600
attacker: send refused (EACCES)
attacker: attach refused (EACCES)
-- shared on purpose (0666): the attacker writes, the victim reads
attacker: sent, put and written
message 1: FileQ\Exception: msgrcv on queue key KEY: a message of type 1 names enum Plugin\Evil, which allowedClasses does not allow; it was taken off the queue
message 2: obj is __PHP_Incomplete_Class
shm 7: FileQ\Exception: shared memory key KEY: variable key 7 names enum Plugin\Evil, which allowedClasses does not allow
shm 8: obj is __PHP_Incomplete_Class
boot: FileQ\CorruptException: boot frame of 'DIR/pub/shared.q' names enum Plugin\Evil: it holds plain data only
the victim's file is still there
-- allowed on purpose: the caller's own classes come back
Wiper
