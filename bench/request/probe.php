<?php
/* What a pool runs with, so bench/request_cost.php can check that the two pools differ only in fileq. */
echo json_encode([
    'sapi' => PHP_SAPI,
    'version' => PHP_VERSION,
    'fileq' => extension_loaded('fileq'),
    'mbstring' => extension_loaded('mbstring'),
    'opcache' => function_exists('opcache_get_status') && (opcache_get_status(false)['opcache_enabled'] ?? false),
    'FILEQ_WATCH' => getenv('FILEQ_WATCH', true),   // the process environment, as the extension's getenv() sees it
]);
