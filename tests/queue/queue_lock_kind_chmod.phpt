--TEST--
The kind of lock is the file's: a queue chmod()ed while open is not locked two ways (one side timing out for ever). Made owner-only and opened, then made group-writable: a new opener gets a clear FileQ\Exception (the file's mutex is in use), and once nobody has it open, flock for good. Made group-writable and then owner-only: every opener keeps flock
--EXTENSIONS--
fileq
pcntl
--FILE--
<?php
$dir = __DIR__ . '/' . basename(__FILE__, '.php') . '.d';
@mkdir($dir);
array_map('unlink', glob("$dir/*"));

/* Opens $path in a forked child, pushes, prints what happened. */
function other(string $path, string $what): void
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        try {
            $q = new FileQ\Queue($path, null, 0, 0600, 2);
            $q->push($what);
            echo "  other process: ", $q->stats()['lock'], ", pushed\n";
        } catch (FileQ\Exception $e) {
            echo "  other process: ", get_class($e), ": ", str_replace(__DIR__ . '/', '', $e->getMessage()), "\n";
        }
        exit(0);
    }
    pcntl_waitpid($pid, $status);
}

echo "made 0600, open, chmod 0660:\n";
$f = "$dir/a.q";
$q = new FileQ\Queue($f, 64, 0, 0600, 2);
echo "  this process: ", $q->stats()['lock'], "\n";
chmod($f, 0660);
other($f, 'x');
$q->push('still works');
echo "  this process pushed: ", count($q), " frame(s)\n";
unset($q);
other($f, 'y');
$q = new FileQ\Queue($f, null, 0, 0600, 2);
$q->push('z');
echo "  reopened: ", $q->stats()['lock'], ", ", json_encode([$q->shift(), $q->shift(), $q->shift()]), "\n";
chmod($f, 0600);
unset($q);
$q = new FileQ\Queue($f, null, 0, 0600, 2);
echo "  chmod 0600, reopened alone: ", $q->stats()['lock'], "\n";
unset($q);

echo "made 0660, open, chmod 0600:\n";
$f = "$dir/b.q";
$q = new FileQ\Queue($f, 64, 0, 0660, 2);
echo "  this process: ", $q->stats()['lock'], "\n";
chmod($f, 0600);
other($f, 'x');
$q->push('y');
echo "  this process pushed: ", json_encode([$q->shift(), $q->shift()]), "\n";
unset($q);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--CLEAN--
<?php
$dir = __DIR__ . '/queue_lock_kind_chmod.d';
array_map('unlink', glob("$dir/*") ?: []);
@rmdir($dir);
?>
--EXPECT--
made 0600, open, chmod 0660:
  this process: robust mutex
  other process: FileQ\Exception: queue 'queue_lock_kind_chmod.d/a.q' is open in processes that lock it with its mutex, which is for a file only its owner may write, and others may write it now (mode 0660): it is locked with flock once no process has it open, or chmod it back
  this process pushed: 1 frame(s)
  other process: flock, pushed
  reopened: flock, ["still works","y","z"]
  chmod 0600, reopened alone: flock
made 0660, open, chmod 0600:
  this process: flock
  other process: flock, pushed
  this process pushed: ["x","y"]
