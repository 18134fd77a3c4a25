<?php
/*
 * Runs, as written, every PHP code block of README.md and docs/**.md.
 *
 *   php .ci/doc-blocks.php --run [--php PATH] [--extension PATH] [--verbose] [FILE.md...]
 *       runs each block in a fresh temporary directory with fileq loaded;
 *       one line per block, then "N blocks: P passed, F failed, K fragments
 *       checked"; exits 1 when a block failed
 *   php .ci/doc-blocks.php --extract DIR [FILE.md...]
 *       writes each runnable block (fragments left out) to
 *       DIR/<doc-name>-<n>.php, for tools that read PHP files (PHPStan)
 *   php .ci/doc-blocks.php --list [FILE.md...]
 *       one line per block: where it is and what the step does with it
 *
 * The markers, an HTML comment on the last non-blank line before a fence
 * (invisible when the Markdown is rendered):
 *
 *   <!-- fragment -->   before ```php: the block is a piece of a program
 *                       (it names things defined elsewhere); it is only
 *                       syntax-checked with php -l.
 *   <!-- output -->     before a fence of any language (```text): what the
 *                       nearest runnable ```php block above it, in the same
 *                       file, prints on its standard output. Compared
 *                       exactly, but for trailing newlines and these
 *                       placeholders (those of a phpt's --EXPECTF--):
 *                       %d digits, %i a signed integer, %f a float, %x hex
 *                       digits, %s anything on one line, %a anything
 *                       (lines included), %% a percent sign.
 *
 * Every other ```php block is a whole program and must run cleanly:
 * exit status 0, nothing on standard error (display_errors goes there, with
 * error_reporting=-1, so a notice, a deprecation or a warning fails the
 * block), and within 60 seconds, children included (the step waits for the
 * block's standard output to close). A block need not start with <?php.
 *
 * Each block runs in its own empty directory (the working directory and
 * TMPDIR), which must be empty again when it ends: a block cleans up after
 * itself. When unshare(1) can give it a new IPC namespace (root), the block
 * runs in one and must leave no SysV message queue, semaphore set or shared
 * memory segment there; otherwise the host's /proc/sysvipc is compared
 * before and after (other work on the host can then disturb the count).
 */

declare(strict_types=1);

const TIMEOUT = 60;

function usage(): never
{
    fwrite(STDERR, "usage: php .ci/doc-blocks.php --run [--php PATH] [--extension PATH] [--verbose] [FILE.md...]\n"
        . "       php .ci/doc-blocks.php --extract DIR [FILE.md...]\n"
        . "       php .ci/doc-blocks.php --list [FILE.md...]\n");
    exit(2);
}

/** README.md and every docs/**.md, in a fixed order. */
function doc_files(string $root): array
{
    $files = [];
    if (is_file("$root/README.md")) {
        $files[] = 'README.md';
    }
    if (is_dir("$root/docs")) {
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/docs", FilesystemIterator::SKIP_DOTS));
        $more = [];
        foreach ($it as $f) {
            if ($f->isFile() && str_ends_with($f->getFilename(), '.md')) {
                $more[] = substr($f->getPathname(), strlen($root) + 1);
            }
        }
        sort($more);
        $files = array_merge($files, $more);
    }
    return $files;
}

/** 'README.md' -> 'README', 'docs/queue.md' -> 'docs-queue'. */
function doc_name(string $rel): string
{
    return str_replace('/', '-', preg_replace('/\.md$/', '', $rel));
}

/**
 * The ```php blocks of one Markdown file: for each, its number among the
 * file's php blocks (from 1), line, code, whether it is a fragment, and the
 * output the text claims for it (null when none).
 */
function parse_doc(string $path): array
{
    $lines = preg_split('/\r?\n/', file_get_contents($path));
    $blocks = [];
    $last = null;          // index in $blocks of the last runnable php block
    $marker = null;        // the marker on the last non-blank line
    $n = 0;
    for ($i = 0, $count = count($lines); $i < $count; $i++) {
        $line = $lines[$i];
        if (preg_match('/^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/', $line, $m)) {
            $fence = $m[2];
            $lang = strtolower($m[3]);
            $start = $i + 1;
            $body = [];
            for ($i++; $i < $count; $i++) {
                if (preg_match('/^\s*' . preg_quote($fence[0], '/') . '{' . strlen($fence) . ',}\s*$/', $lines[$i])) {
                    break;
                }
                $body[] = $lines[$i];
            }
            if ($i >= $count) {
                throw new RuntimeException("$path:$start: a code fence is not closed");
            }
            $code = implode("\n", $body) . "\n";
            if ($marker === 'output') {
                if ($last === null) {
                    throw new RuntimeException("$path:$start: <!-- output --> follows no runnable php block");
                }
                if ($blocks[$last]['output'] !== null) {
                    throw new RuntimeException("$path:$start: a second <!-- output --> for the block of line {$blocks[$last]['line']}");
                }
                $blocks[$last]['output'] = $code;
            } elseif ($lang === 'php') {
                $n++;
                $fragment = $marker === 'fragment';
                if ($marker !== null && !$fragment) {
                    throw new RuntimeException("$path:$start: <!-- $marker --> before a php block");
                }
                $blocks[] = ['n' => $n, 'line' => $start, 'code' => $code, 'fragment' => $fragment, 'output' => null];
                if (!$fragment) {
                    $last = count($blocks) - 1;
                }
            } elseif ($marker !== null) {
                throw new RuntimeException("$path:$start: <!-- $marker --> before a $lang block");
            }
            $marker = null;
            continue;
        }
        if (preg_match('/^\s*<!--\s*(fragment|output)\s*-->\s*$/', $line, $m)) {
            $marker = $m[1];
        } elseif (trim($line) !== '') {
            $marker = null;
        }
    }
    return $blocks;
}

/** The block as a PHP file. */
function php_source(string $code): string
{
    return preg_match('/^\s*<\?php\b/', $code) ? $code : "<?php\n" . $code;
}

/** The expected output as an anchored regular expression. */
function output_regex(string $expected): string
{
    $map = ['%d' => '\d+', '%i' => '[+-]?\d+', '%f' => '[+-]?\.?\d+\.?\d*(?:[Ee][+-]?\d+)?',
        '%x' => '[0-9a-fA-F]+', '%s' => '[^\r\n]+', '%a' => '.+', '%%' => '%'];
    $parts = preg_split('/(%[difxsa%])/', $expected, -1, PREG_SPLIT_DELIM_CAPTURE);
    $re = '';
    foreach ($parts as $k => $part) {
        $re .= $k % 2 ? $map[$part] : preg_quote($part, '/');
    }
    return '/\A' . $re . '\z/s';
}

/** The SysV objects in /proc/sysvipc, as "kind id" => the line. */
function sysv_objects(): array
{
    $all = [];
    foreach (['msg', 'sem', 'shm'] as $kind) {
        $rows = @file("/proc/sysvipc/$kind", FILE_IGNORE_NEW_LINES) ?: [];
        foreach (array_slice($rows, 1) as $row) {
            $f = preg_split('/\s+/', trim($row));
            if (isset($f[1])) {
                $all["$kind {$f[1]}"] = $f[0];
            }
        }
    }
    return $all;
}

function remove_tree(string $dir): void
{
    if (!is_dir($dir) || is_link($dir)) {
        @unlink($dir);
        return;
    }
    foreach (scandir($dir) as $e) {
        if ($e !== '.' && $e !== '..') {
            remove_tree("$dir/$e");
        }
    }
    @rmdir($dir);
}

/** What is left in $dir, as relative names. */
function leftovers(string $dir, string $prefix = ''): array
{
    $left = [];
    foreach (scandir($dir) ?: [] as $e) {
        if ($e === '.' || $e === '..') {
            continue;
        }
        $left[] = $prefix . $e;
        if (is_dir("$dir/$e") && !is_link("$dir/$e")) {
            array_push($left, ...leftovers("$dir/$e", "$prefix$e/"));
        }
    }
    return $left;
}

/** php -l; returns null when the syntax is right, else the message. */
function lint(string $php, string $file): ?string
{
    $out = [];
    exec(escapeshellarg($php) . ' -n -l ' . escapeshellarg($file) . ' 2>&1', $out, $rc);
    return $rc === 0 ? null : trim(implode("\n", $out));
}

/**
 * Runs one block; returns [problems, stdout, stderr, seconds].
 */
function run_block(array $cmd, string $file, string $work, bool $ns): array
{
    $env = getenv();
    $env['TMPDIR'] = $work;
    unset($env['FILEQ_QUEUE_FILE']);
    $before = $ns ? [] : sysv_objects();
    $ipcFile = dirname($work) . '/ipc.txt';
    if ($ns) {
        // The block, then what it left in its IPC namespace, written to
        // ipc.txt (outside the block's directory), before the namespace
        // goes away.
        $script = '"$@"; rc=$?; for k in msg sem shm; do tail -n +2 /proc/sysvipc/$k | sed "s/^/$k /"; done > '
            . escapeshellarg($ipcFile) . '; exit $rc';
        $cmd = array_merge(['unshare', '--ipc', '--', '/bin/sh', '-c', $script, 'sh'], $cmd);
    }
    $cmd[] = $file;
    $t = microtime(true);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $work, $env);
    if (!is_resource($proc)) {
        return [['could not start php'], '', '', 0.0];
    }
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = $err = '';
    $problems = [];
    $open = [1 => $pipes[1], 2 => $pipes[2]];
    while ($open) {
        $r = array_values($open);
        $w = $x = null;
        $left = TIMEOUT - (microtime(true) - $t);
        if ($left <= 0) {
            $problems[] = 'still running after ' . TIMEOUT . ' s (or a child kept its standard output open)';
            proc_terminate($proc, 9);
            break;
        }
        if (stream_select($r, $w, $x, (int) ceil($left)) === false) {
            break;
        }
        foreach ($r as $s) {
            $k = $s === $pipes[1] ? 1 : 2;
            $chunk = fread($s, 65536);
            if ($chunk === '' || $chunk === false) {
                if (feof($s)) {
                    fclose($s);
                    unset($open[$k]);
                }
                continue;
            }
            if ($k === 1) {
                $out .= $chunk;
            } else {
                $err .= $chunk;
            }
        }
    }
    foreach ($open as $s) {
        fclose($s);
    }
    $rc = proc_close($proc);
    $secs = microtime(true) - $t;
    if ($rc !== 0) {
        $problems[] = "exit status $rc";
    }
    if ($err !== '') {
        $problems[] = 'wrote to standard error';
    }
    if ($ns) {
        $ipc = is_file($ipcFile) ? trim(file_get_contents($ipcFile)) : '';
        if ($ipc !== '') {
            $problems[] = "left SysV IPC objects behind:\n" . $ipc;
        }
        if (!is_file($ipcFile) && !$problems) {
            $problems[] = 'the IPC namespace was not inspected';
        }
    } else {
        $new = array_diff_key(sysv_objects(), $before);
        if ($new) {
            $problems[] = 'left SysV IPC objects behind (key id): '
                . implode(', ', array_map(fn ($k, $v) => "$v $k", array_keys($new), $new));
        }
    }
    $left = leftovers($work);
    if ($left) {
        $problems[] = 'left files behind: ' . implode(', ', $left);
    }
    return [$problems, $out, $err, $secs];
}

function indent(string $s): string
{
    return '      ' . str_replace("\n", "\n      ", rtrim($s, "\n"));
}

// ---------------------------------------------------------------------------

$args = array_slice($argv, 1);
$mode = null;
$dir = null;
$php = PHP_BINARY;
$root = dirname(__DIR__);
$ext = "$root/modules/fileq.so";
$verbose = false;
$only = [];
while ($args) {
    $a = array_shift($args);
    switch ($a) {
        case '--run':
        case '--list':
            $mode = substr($a, 2);
            break;
        case '--extract':
            $mode = 'extract';
            $dir = array_shift($args) ?? usage();
            break;
        case '--php':
            $php = array_shift($args) ?? usage();
            break;
        case '--extension':
            $ext = array_shift($args) ?? usage();
            break;
        case '--verbose':
            $verbose = true;
            break;
        default:
            if ($a === '' || $a[0] === '-') {
                usage();
            }
            $real = realpath($a);
            if ($real === false || !str_starts_with($real, "$root/")) {
                fwrite(STDERR, "$a: not a file of the repository\n");
                exit(2);
            }
            $only[] = substr($real, strlen($root) + 1);
    }
}
if ($mode === null) {
    usage();
}

$docs = $only ?: doc_files($root);
try {
    $parsed = [];
    foreach ($docs as $rel) {
        $parsed[$rel] = parse_doc("$root/$rel");
    }
} catch (RuntimeException $e) {
    fwrite(STDERR, $e->getMessage() . "\n");
    exit(1);
}

if ($mode === 'list') {
    foreach ($parsed as $rel => $blocks) {
        foreach ($blocks as $b) {
            printf("%s:%d %s-%d %s\n", $rel, $b['line'], doc_name($rel), $b['n'],
                $b['fragment'] ? 'fragment' : ($b['output'] !== null ? 'run, output compared' : 'run'));
        }
    }
    exit(0);
}

if ($mode === 'extract') {
    if (!is_dir($dir) && !mkdir($dir, 0777, true)) {
        fwrite(STDERR, "$dir: cannot create it\n");
        exit(1);
    }
    $written = 0;
    foreach ($parsed as $rel => $blocks) {
        foreach ($blocks as $b) {
            if (!$b['fragment']) {
                file_put_contents(sprintf('%s/%s-%d.php', $dir, doc_name($rel), $b['n']), php_source($b['code']));
                $written++;
            }
        }
    }
    echo "$written blocks written to $dir\n";
    exit(0);
}

// --run
if (!is_file($ext)) {
    fwrite(STDERR, "$ext: no such file (build fileq first, or pass --extension)\n");
    exit(1);
}
$cmd = [$php, '-d', 'extension=' . $ext, '-d', 'error_reporting=-1', '-d', 'display_errors=stderr',
    '-d', 'display_startup_errors=1', '-d', 'log_errors=0', '-d', 'html_errors=0'];
$ns = false;
exec('unshare --ipc -- true 2>/dev/null', $unused, $rc);
if ($rc === 0) {
    $ns = true;
} else {
    echo "note: unshare --ipc is not available: leftovers are looked for in the host's /proc/sysvipc\n";
}
$base = sys_get_temp_dir() . '/fileq-doc-blocks-' . getmypid();
remove_tree($base);
mkdir($base, 0700);

$run = $passed = $failed = $fragments = 0;
$start = microtime(true);
foreach ($parsed as $rel => $blocks) {
    foreach ($blocks as $b) {
        $name = doc_name($rel) . '-' . $b['n'];
        $where = "$rel:{$b['line']}";
        $bdir = "$base/$name";
        mkdir("$bdir/work", 0700, true);
        $file = "$bdir/$name.php";
        file_put_contents($file, php_source($b['code']));
        if ($b['fragment']) {
            $fragments++;
            $msg = lint($php, $file);
            if ($msg === null) {
                echo "ok    $name  $where  (fragment, syntax checked)\n";
            } else {
                $failed++;
                echo "FAIL  $name  $where  (fragment)\n" . indent($msg) . "\n";
            }
            remove_tree($bdir);
            continue;
        }
        $run++;
        [$problems, $out, $err, $secs] = run_block($cmd, $file, "$bdir/work", $ns);
        if (!$problems && $b['output'] !== null
            && !preg_match(output_regex(rtrim($b['output'], "\n")), rtrim($out, "\n"))) {
            $problems[] = "its output is not the one the text shows:\n--- expected\n"
                . rtrim($b['output'], "\n") . "\n--- printed\n" . rtrim($out, "\n");
        }
        $what = $b['output'] !== null ? 'output compared' : 'ran';
        if (!$problems) {
            $passed++;
            printf("ok    %s  %s  (%s, %.2f s)\n", $name, $where, $what, $secs);
            if ($verbose && $out !== '') {
                echo indent($out), "\n";
            }
        } else {
            $failed++;
            printf("FAIL  %s  %s  (%.2f s)\n", $name, $where, $secs);
            foreach ($problems as $p) {
                echo indent($p), "\n";
            }
            if ($err !== '') {
                echo indent("--- standard error\n" . $err), "\n";
            }
            if ($verbose && $out !== '') {
                echo indent("--- standard output\n" . $out), "\n";
            }
        }
        remove_tree($bdir);
    }
}
remove_tree($base);
printf("%d blocks: %d passed, %d failed, %d fragments checked (%.1f s)\n",
    $run, $passed, $failed, $fragments, microtime(true) - $start);
exit($failed ? 1 : 0);
