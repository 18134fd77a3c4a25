/*
 * ext/shmop's shmop_* and Shmop, provided by fileq when PHP has no shmop
 * (see the README, "Running code written for the standard IPC extensions").
 * src/php/compat.c registers the family from this descriptor.
 */
#ifndef PHP_FILEQ_COMPAT_SHMOP_H
#define PHP_FILEQ_COMPAT_SHMOP_H

#include "src/php/compat.h"

extern const php_fileq_compat_family_t php_fileq_compat_shmop_family;

#endif /* PHP_FILEQ_COMPAT_SHMOP_H */
