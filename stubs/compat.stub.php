<?php

/** @generate-class-entries */

namespace FileQ;

/**
 * Which of PHP's standard IPC extensions fileq stands in for in this process:
 * ['sysvmsg' => bool, 'sysvsem' => bool, 'sysvshm' => bool], true where the
 * real extension was absent at startup and fileq registered its functions,
 * constants and class (see docs/compat.md).
 *
 * @return array<string, bool>
 */
function compat(): array {}
