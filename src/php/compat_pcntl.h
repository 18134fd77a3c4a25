/*
 * ext/pcntl's functions and constants, provided by fileq when PHP has no
 * pcntl (see the README, "posix_* and pcntl_*"). src/php/compat.c registers
 * the family from this descriptor; its request hooks add the tick function
 * and reset the per-request state at RINIT, and forget the handlers
 * pcntl_signal_get_handler() reports at RSHUTDOWN.
 */
#ifndef PHP_FILEQ_COMPAT_PCNTL_H
#define PHP_FILEQ_COMPAT_PCNTL_H

#include "src/php/compat.h"

extern const php_fileq_compat_family_t php_fileq_compat_pcntl_family;

#endif /* PHP_FILEQ_COMPAT_PCNTL_H */
