/*
 * ext/posix's functions, registered by fileq when PHP has no posix (see
 * the README, "posix_* and pcntl_*"). The registry of families (src/php/compat.c) calls
 * these; they do nothing when the real posix is loaded.
 */
#ifndef PHP_FILEQ_COMPAT_POSIX_H
#define PHP_FILEQ_COMPAT_POSIX_H

#include "php.h"

/* MINIT: registers the posix_* functions and POSIX_*_OK constants unless ext/posix is loaded; true when it did. */
bool php_fileq_compat_posix_register(int module_number);

/* MSHUTDOWN: unregisters what php_fileq_compat_posix_register() registered. */
void php_fileq_compat_posix_unregister(void);

#endif /* PHP_FILEQ_COMPAT_POSIX_H */
