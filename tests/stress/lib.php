<?php
/*
 * Shared helpers of the stress scripts (tests/stress/*.php). They run as plain
 * PHP scripts with the built extension, e.g.
 *   php -n -d extension_dir=modules -d extension=fileq tests/stress/killstorm.php
 * and print their figures, exiting non-zero when a rule is broken.
 */
declare(strict_types=1);

function stress_args(array $defaults): array
{
    global $argv;
    $opts = $defaults;
    foreach (array_slice($argv, 1) as $arg) {
        if (!preg_match('/^--([a-z-]+)(?:=(.*))?$/', $arg, $m)) {
            fwrite(STDERR, "unknown argument: $arg\n");
            exit(2);
        }
        $key = $m[1];
        if (!array_key_exists($key, $defaults)) {
            fwrite(STDERR, "unknown option --$key (known: " . implode(', ', array_keys($defaults)) . ")\n");
            exit(2);
        }
        $opts[$key] = $m[2] ?? true;
    }
    return $opts;
}

/* posix_kill / posix_getpid: php -n does not load the shared posix module. */
function stress_need_posix(): void
{
    if (!extension_loaded('posix') && !@dl('posix.' . PHP_SHLIB_SUFFIX)) {
        fwrite(STDERR, "the posix extension is needed (load it with -d extension=posix)\n");
        exit(2);
    }
}

function stress_need_fileq(): void
{
    if (!extension_loaded('fileq')) {
        fwrite(STDERR, "the fileq extension is not loaded (-d extension_dir=modules -d extension=fileq)\n");
        exit(2);
    }
}

/* A payload carries its own checksum: "<id>|<filler>|<crc32c of the rest>". */
function stress_payload(string $id, int $fill): string
{
    $body = $id . '|' . str_repeat(chr(97 + ($fill % 26)), $fill);
    return $body . '|' . hash('crc32c', $body);
}

/* The id of a whole payload, or null when it is torn or foreign. */
function stress_check(?string $payload): ?string
{
    if ($payload === null) {
        return null;
    }
    $bar = strrpos($payload, '|');
    if ($bar === false) {
        return null;
    }
    $body = substr($payload, 0, $bar);
    if (hash('crc32c', $body) !== substr($payload, $bar + 1)) {
        return null;
    }
    $first = strpos($body, '|');
    return $first === false ? null : substr($body, 0, $first);
}

/* Lines of a log; a last line without its newline (writer killed mid-write) is not counted. */
function stress_log_lines(string $file): array
{
    $text = @file_get_contents($file);
    if ($text === false || $text === '') {
        return [];
    }
    $lines = explode("\n", $text);
    array_pop($lines);  // after the last newline: '' or a partial line
    return $lines;
}

function stress_rmdir(string $dir): void
{
    if (!is_dir($dir)) {
        return;
    }
    foreach (scandir($dir) as $f) {
        if ($f !== '.' && $f !== '..') {
            @unlink("$dir/$f");
        }
    }
    @rmdir($dir);
}

function stress_ms(): float
{
    return hrtime(true) / 1e6;
}
