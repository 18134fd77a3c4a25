<?php
/*
 * The logic of .ci/check-package (run that): package.xml must list every
 * shipped tracked file (see package-lib.php) by name="..." inside the right
 * nested <dir>, with the role the generator gives it, list nothing that does
 * not exist, and carry the version of php_fileq.h. A file forgotten in
 * package.xml is a broken `pecl install`, found by users, not by `make test`.
 */

require __DIR__ . '/package-lib.php';

const TOOL = 'check-package';

$root = $argv[1] ?? dirname(__DIR__);
$file = "$root/package.xml";
if (!is_file($file)) {
    fail(TOOL, 'no package.xml (write one with: php .ci/gen-package-xml)');
}

$doc = new DOMDocument();
if (!@$doc->load($file)) {
    fail(TOOL, 'package.xml is not well-formed XML');
}
$ns = 'http://pear.php.net/dtd/package-2.0';
$xp = new DOMXPath($doc);
$xp->registerNamespace('p', $ns);

$problems = [];

/* Every <file> under <contents>, with the path its enclosing <dir>s give it. */
$listed = [];
$walk = function (DOMElement $el, string $prefix) use (&$walk, &$listed, &$problems, $ns): void {
    foreach ($el->childNodes as $child) {
        if (!$child instanceof DOMElement || $child->namespaceURI !== $ns) {
            continue;
        }
        $name = $child->getAttribute('name');
        if ($child->localName === 'dir') {
            $sub = ($name === '/' || $name === '') ? $prefix : $prefix . trim($name, '/') . '/';
            $walk($child, $sub);
        } elseif ($child->localName === 'file') {
            $path = $prefix . $name;
            if (isset($listed[$path])) {
                $problems[] = "listed twice: $path";
            }
            $listed[$path] = $child->getAttribute('role');
        }
    }
};
$contents = $xp->query('/p:package/p:contents');
if ($contents->length !== 1) {
    fail(TOOL, 'package.xml needs exactly one <contents>');
}
$walk($contents->item(0), '');

$tracked = tracked_files($root, TOOL);
foreach ($tracked as $f) {
    if (!isset($listed[$f])) {
        $problems[] = "not in package.xml: $f";
    } elseif ($listed[$f] !== role_of($f)) {
        $problems[] = "wrong role for $f: \"{$listed[$f]}\", expected \"" . role_of($f) . '"';
    }
}
foreach ($listed as $f => $role) {
    if (!is_file("$root/$f")) {
        $problems[] = "listed in package.xml but does not exist: $f";
    }
}

/* One version: the header's, in <version><release>. */
$version = header_version($root, TOOL);
$release = trim((string) $xp->evaluate('string(/p:package/p:version/p:release)'));
if ($release !== $version) {
    $problems[] = "version: php_fileq.h says $version, package.xml <release> says " . ($release === '' ? '(none)' : $release);
}
foreach (['providesextension' => 'fileq', 'name' => 'fileq', 'channel' => 'pecl.php.net'] as $tag => $want) {
    $got = trim((string) $xp->evaluate("string(/p:package/p:$tag)"));
    if ($got !== $want) {
        $problems[] = "<$tag> is \"$got\", expected \"$want\"";
    }
}

if ($problems) {
    fwrite(STDERR, "check-package: FAILED:\n  " . implode("\n  ", $problems) . "\n");
    fwrite(STDERR, "check-package: `git add` new files, then run: php .ci/gen-package-xml\n");
    exit(1);
}
echo 'check-package: ok (' . count($listed) . " files listed, version $version)\n";
