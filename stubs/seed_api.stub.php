<?php

/** @generate-class-entries */

/*
 * The seed's procedural queue API, native (docs/seed-functions.md).
 * Byte for byte what the pure-PHP functions write.
 * The queue file is $cron_requests_events_settings['queue_file'] when that
 * global is set, else the ini setting fileq.queue_file.
 */
/**
 * Writes $frame, padded with NUL bytes to $frame_size, at the end of the
 * queue file (or at byte $frame_cursor); returns the cursor it wrote at (the
 * file's old size when appended), 0 when it does not fit. A $callback
 * other than '' runs under the lock as $callback($fh, $frame_size,
 * $frame_cursor), $fh a stream on the locked file.
 *
 * @phpstan-param (callable(resource, int<1, max>, int): mixed)|string $callback
 */
function queue_address_push(string $frame, int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, callable|string $callback = ''): int {}

/**
 * Takes the last frame off the queue file, or reads the frame at byte
 * $frame_cursor (replacing it with $frame_replace when that is not ''):
 * the frame without its NUL padding, '' when there is none.
 * A $callback other than '' runs under the lock as $callback($fh,
 * $frame_size, $frame_cursor, $frame_replace), $fh a stream on the locked
 * file.
 *
 * @phpstan-param (callable(resource, int, int, string): mixed)|string $callback
 */
function queue_address_pop(int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, string $frame_replace = '', callable|string $callback = ''): string {}
