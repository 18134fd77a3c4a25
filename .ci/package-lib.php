<?php
/*
 * What the PECL package ships and with which role: shared by
 * .ci/gen-package-xml (writes package.xml) and .ci/check-package (checks it),
 * so the two can never disagree.
 */

const SHIPPED_DIRS = ['src', 'tests', 'stubs', 'bench', 'docs', 'ide', 'bin'];
const SHIPPED_ROOT = [
    'config.m4', 'config.w32', 'php_fileq.c', 'php_fileq.h', 'Makefile.frag',
    'README.md', 'LICENSE', 'composer.json', 'CREDITS', 'NEWS', 'CHANGELOG.md',
];

function fail(string $tool, string $msg): never
{
    fwrite(STDERR, "$tool: $msg\n");
    exit(1);
}

/*
 * The PEAR role: src is built, test runs with `pecl run-tests`, doc is
 * installed as documentation (the IDE stub among it), script into PEAR's
 * bin_dir (bin/fileq-inspect).
 */
function role_of(string $path): string
{
    $top = explode('/', $path)[0];
    if ($top === 'tests') {
        return 'test';
    }
    if ($top === 'bin') {
        return 'script';
    }
    if ($top === 'bench' || $top === 'docs' || $top === 'ide' || in_array($path, ['README.md', 'LICENSE', 'CREDITS', 'NEWS', 'CHANGELOG.md'], true)) {
        return 'doc';
    }
    /* C sources and headers, re2c sources, stubs and their arginfo, build files, composer.json. */
    return 'src';
}

function shipped(string $path): bool
{
    $top = explode('/', $path)[0];
    return in_array($path, SHIPPED_ROOT, true)
        || (str_contains($path, '/') && in_array($top, SHIPPED_DIRS, true));
}

/*
 * Tracked files (the index: `git add`ed new files count) that the package
 * ships, minus those deleted in the work tree.
 */
function tracked_files(string $root, string $tool): array
{
    $out = [];
    exec('git -C ' . escapeshellarg($root) . ' ls-files -z 2>&1', $out, $rc);
    if ($rc !== 0) {
        fail($tool, 'git ls-files failed: ' . implode("\n", $out));
    }
    $files = array_filter(explode("\0", implode("\n", $out)), static fn($f) => $f !== '' && shipped($f));
    $files = array_values(array_filter($files, static fn($f) => is_file("$root/$f")));
    sort($files, SORT_STRING);
    return $files;
}

function header_version(string $root, string $tool): string
{
    $h = @file_get_contents("$root/php_fileq.h");
    if ($h === false || !preg_match('/^#define\s+PHP_FILEQ_VERSION\s+"([^"]+)"/m', $h, $m)) {
        fail($tool, 'no #define PHP_FILEQ_VERSION "x.y.z" in php_fileq.h');
    }
    return $m[1];
}
