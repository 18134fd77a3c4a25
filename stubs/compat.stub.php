<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * Which of PHP's standard IPC extensions fileq stands in for in this process:
 * ['sysvmsg' => bool, 'sysvsem' => bool, 'sysvshm' => bool, 'posix' => bool,
 * 'pcntl' => bool, 'shmop' => bool] (one key per family of src/php/compat.c's table), true
 * where the real extension was absent at startup and fileq registered its
 * functions, constants and classes (see the README, "Running code written for
 * the standard IPC extensions").
 *
 * @return array<string, bool>
 */
function compat(): array {}
