--TEST--
Seed functions: each call acts on the file the global names at that moment (replaced, changed in place, unset, many files)
--EXTENSIONS--
fileq
--INI--
fileq.queue_file=
--FILE--
<?php
$dir = sys_get_temp_dir() . '/fileq-' . basename(__FILE__, '.php') . '-' . getmypid();
mkdir($dir);
$a = "$dir/a.q";
$b = "$dir/b.q";
touch($a);
touch($b);
$show = function () use ($dir) {
    clearstatcache();
    foreach (['a', 'b', '7', '69'] as $n) {
        echo "$n.q: ", filesize("$dir/$n.q") / 8, " frame(s)\n";
    }
};

$GLOBALS['cron_requests_events_settings'] = ['queue_file' => $a];
queue_address_push('one', 8);
queue_address_push('one', 8);
$GLOBALS['cron_requests_events_settings']['queue_file'] = $b;
queue_address_push('two', 8);

// The same variable changed in place: from b.q to a.q.
$path = &$GLOBALS['cron_requests_events_settings']['queue_file'];
$path[strlen($path) - 3] = 'a';
queue_address_push('three', 8);
unset($path);

// More files than the binding keeps open: it closes idle ones, the last used among them.
for ($i = 0; $i < 70; $i++) {
    touch("$dir/$i.q");
    $GLOBALS['cron_requests_events_settings']['queue_file'] = "$dir/$i.q";
    queue_address_push("f$i", 8);
}
$show();

// The same path again, as a new string each time.
$GLOBALS['cron_requests_events_settings']['queue_file'] = $dir . '/7.q';
echo queue_address_pop(8), "\n";
$GLOBALS['cron_requests_events_settings']['queue_file'] = "$dir/" . '7.q';
echo var_export(queue_address_pop(8), true), "\n";

// No global: the ini names the file.
unset($GLOBALS['cron_requests_events_settings']);
ini_set('fileq.queue_file', $b);
echo queue_address_pop(8), "\n";
ini_set('fileq.queue_file', $a);
echo queue_address_pop(8), ' ', queue_address_pop(8), ' ', queue_address_pop(8), "\n";
$show();

foreach (glob("$dir/*.q") as $f) {
    unlink($f);
}
rmdir($dir);
?>
--EXPECT--
a.q: 3 frame(s)
b.q: 1 frame(s)
7.q: 1 frame(s)
69.q: 1 frame(s)
f7
''
two
three one one
a.q: 0 frame(s)
b.q: 0 frame(s)
7.q: 0 frame(s)
69.q: 1 frame(s)
