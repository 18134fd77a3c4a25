--TEST--
seed API: each call acts on the file its path names at that moment (a directory of the path renamed, a symbolic link retargeted, a relative path after chdir()), before and after the change watch takes over
--EXTENSIONS--
fileq
--FILE--
<?php
/*
 * The originals fopen() the path on every call. fileq keeps a descriptor, so
 * it must notice when the path comes to name another file. Each case runs
 * twice: on a fresh path (statx() per call) and after 2100 calls (the watch,
 * where the system has it; with FILEQ_WATCH=0 statx() again).
 */
$base = __DIR__ . '/' . basename(__FILE__, '.php');
@mkdir($base);
$home = getcwd();

function fresh(string $file, string $tag): void
{
    file_put_contents($file, str_pad($tag, 8, "\0"));
}

function warm(int $calls): void
{
    for ($i = 0; $i < $calls; $i++) {
        queue_address_pop(8, 0);
    }
}

foreach (['fresh' => 0, 'warm' => 2100] as $phase => $calls) {
    // a directory of the path renamed away, another one put in its place
    @mkdir("$base/$phase-d");
    fresh("$base/$phase-d/q", 'old');
    $cron_requests_events_settings['queue_file'] = "$base/$phase-d/q";
    warm($calls);
    echo "$phase dir: ", queue_address_pop(8, 0);
    rename("$base/$phase-d", "$base/$phase-d.old");
    @mkdir("$base/$phase-d");
    fresh("$base/$phase-d/q", 'new');
    echo " -> ", queue_address_pop(8, 0), "\n";

    // a symbolic link of the path retargeted
    @mkdir("$base/$phase-a");
    @mkdir("$base/$phase-b");
    fresh("$base/$phase-a/q", 'in-a');
    fresh("$base/$phase-b/q", 'in-b');
    symlink("$base/$phase-a", "$base/$phase-l");
    $cron_requests_events_settings['queue_file'] = "$base/$phase-l/q";
    warm($calls);
    echo "$phase link: ", queue_address_pop(8, 0);
    unlink("$base/$phase-l");
    symlink("$base/$phase-b", "$base/$phase-l");
    echo " -> ", queue_address_pop(8, 0);
    // and the push lands there too
    queue_address_push('pushed', 8);
    echo " (b: ", trim(substr(file_get_contents("$base/$phase-b/q"), 8)), ", a: ", filesize("$base/$phase-a/q"), " bytes)\n";

    // a relative path, then chdir()
    chdir("$base/$phase-a");
    $cron_requests_events_settings['queue_file'] = 'q';
    warm($calls);
    echo "$phase relative: ", queue_address_pop(8, 0);
    chdir("$base/$phase-b");
    echo " -> ", queue_address_pop(8, 0), "\n";
    chdir($home);

    // the file deleted: an exception, as the original's fopen() failed; nothing is created
    $cron_requests_events_settings['queue_file'] = "$base/$phase-d/q";
    warm($calls);
    unlink("$base/$phase-d/q");
    try {
        queue_address_push('x', 8);
    } catch (FileQ\IOException $e) {
        echo "$phase deleted: ", get_class($e), ': ', str_replace($base, 'BASE', $e->getMessage()), "\n";
    }
    echo "$phase re-created: ", json_encode(file_exists("$base/$phase-d/q")), "\n";
}
?>
--CLEAN--
<?php
$base = __DIR__ . '/seed_path_names_now';
exec('rm -rf ' . escapeshellarg($base));
?>
--EXPECT--
fresh dir: old -> new
fresh link: in-a -> in-b (b: pushed, a: 8 bytes)
fresh relative: in-a -> in-b
fresh deleted: FileQ\IOException: open 'BASE/fresh-d/q': No such file or directory
fresh re-created: false
warm dir: old -> new
warm link: in-a -> in-b (b: pushed, a: 8 bytes)
warm relative: in-a -> in-b
warm deleted: FileQ\IOException: open 'BASE/warm-d/q': No such file or directory
warm re-created: false
