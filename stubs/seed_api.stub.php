<?php

/** @generate-class-entries */

/**
 * The seed's procedural queue API (seeds/000_095d0b03d0e511fe.txt), native.
 * Byte for byte what the pure-PHP functions write; see the README.
 * The queue file is $cron_requests_events_settings['queue_file'] when that
 * global is set, else the ini setting fileq.queue_file.
 */
function queue_address_push(string $frame, int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, callable|string $callback = ''): int {}

function queue_address_pop(int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, string $frame_replace = '', callable|string $callback = ''): string {}
