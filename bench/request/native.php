<?php
/*
 * One request of an application that uses fileq: one queue_address_push() and
 * one queue_address_pop(), nothing else (bench/request_cost.php serves it from
 * PHP-FPM and runs it as a CLI process). The queue file comes from the
 * FastCGI parameter FILEQ_QUEUE, or from the command line.
 */
$GLOBALS['cron_requests_events_settings'] = ['queue_file' => $_SERVER['FILEQ_QUEUE'] ?? $argv[1]];
$frame = '{"id":4711,"task":"cron_event","data":"5f0c3a9e1b7d4c2a8e6f0b1d3c5a7e9f0b2d4c6a8e"}';
queue_address_push($frame, 256);
echo queue_address_pop(256) === $frame ? 'ok' : 'bad';
