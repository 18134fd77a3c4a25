--TEST--
build: the loaded module reports the version php_fileq.h defines
--EXTENSIONS--
fileq
--FILE--
<?php
// One place defines the version (PHP_FILEQ_VERSION); the module entry must
// carry it, and package.xml is checked against the same header by CI.
$h = file_get_contents(__DIR__ . '/../../php_fileq.h');
preg_match('/^#define\s+PHP_FILEQ_VERSION\s+"([^"]+)"/m', $h, $m);
var_dump(count($m) === 2);
var_dump(phpversion('fileq') === $m[1]);
var_dump((new ReflectionExtension('fileq'))->getVersion() === $m[1]);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
