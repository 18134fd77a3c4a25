<?php

/** @generate-class-entries */

/*
 * ext/posix's functions that fileq registers itself when PHP has no posix
 * (see the README, "posix_* and pcntl_*"): the ones the seeds use and their neighbours.
 * Signatures as in php-src's ext/posix/posix.stub.php (PHP 8.2).
 */

/**
 * @var int
 * @cvalue F_OK
 */
const POSIX_F_OK = UNKNOWN;
/**
 * @var int
 * @cvalue X_OK
 */
const POSIX_X_OK = UNKNOWN;
/**
 * @var int
 * @cvalue W_OK
 */
const POSIX_W_OK = UNKNOWN;
/**
 * @var int
 * @cvalue R_OK
 */
const POSIX_R_OK = UNKNOWN;

function posix_kill(int $process_id, int $signal): bool {}

function posix_getpid(): int {}

function posix_getppid(): int {}

function posix_getuid(): int {}

function posix_geteuid(): int {}

function posix_getgid(): int {}

function posix_getegid(): int {}

function posix_getpgrp(): int {}

function posix_setsid(): int {}

function posix_getpgid(int $process_id): int|false {}

/**
 * @return array<string, string>|false
 * @refcount 1
 */
function posix_uname(): array|false {}

/**
 * @return array<string, int>|false
 * @refcount 1
 */
function posix_times(): array|false {}

/** @param resource|int $file_descriptor */
function posix_isatty($file_descriptor): bool {}

/** @refcount 1 */
function posix_getcwd(): string|false {}

function posix_mkfifo(string $filename, int $permissions): bool {}

function posix_access(string $filename, int $flags = 0): bool {}

function posix_get_last_error(): int {}

/** @alias posix_get_last_error */
function posix_errno(): int {}

/** @refcount 1 */
function posix_strerror(int $error_code): string {}
