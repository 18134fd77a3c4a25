<?php
/*
 * The same request as native.php with the pure-PHP baseline of the seed
 * functions (tests/seed/seed_queue_baseline.inc), which every request loads.
 */
require dirname(__DIR__, 2) . '/tests/seed/seed_queue_baseline.inc';

$GLOBALS['cron_requests_events_settings'] = ['queue_file' => $_SERVER['FILEQ_QUEUE'] ?? $argv[1]];
$frame = '{"id":4711,"task":"cron_event","data":"5f0c3a9e1b7d4c2a8e6f0b1d3c5a7e9f0b2d4c6a8e"}';
seed_queue_address_push($frame, 256);
echo seed_queue_address_pop(256) === $frame ? 'ok' : 'bad';
