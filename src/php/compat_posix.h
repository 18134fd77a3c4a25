/*
 * ext/posix's functions and POSIX_*_OK constants, provided by fileq when PHP
 * has no posix (see the README, "posix_* and pcntl_*"). src/php/compat.c
 * registers the family from this descriptor.
 */
#ifndef PHP_FILEQ_COMPAT_POSIX_H
#define PHP_FILEQ_COMPAT_POSIX_H

#include "src/php/compat.h"

extern const php_fileq_compat_family_t php_fileq_compat_posix_family;

#endif /* PHP_FILEQ_COMPAT_POSIX_H */
