/*
 * ext/sysvsem's sem_* and SysvSemaphore, provided by fileq when PHP has no
 * sysvsem (see the README, "Running code written for the standard IPC
 * extensions"). src/php/compat.c registers the family from this descriptor.
 */
#ifndef PHP_FILEQ_COMPAT_SYSVSEM_H
#define PHP_FILEQ_COMPAT_SYSVSEM_H

#include "src/php/compat.h"

extern const php_fileq_compat_family_t php_fileq_compat_sysvsem_family;

#endif /* PHP_FILEQ_COMPAT_SYSVSEM_H */
