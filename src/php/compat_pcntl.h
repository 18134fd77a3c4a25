/*
 * ext/pcntl's functions and constants, registered by fileq when PHP has no
 * pcntl (see the README, "posix_* and pcntl_*"). The registry of families
 * (src/php/compat.c) calls these; they do nothing when the real pcntl is
 * loaded.
 */
#ifndef PHP_FILEQ_COMPAT_PCNTL_H
#define PHP_FILEQ_COMPAT_PCNTL_H

#include "php.h"

/* MINIT: registers the pcntl_* functions and constants unless ext/pcntl is loaded; true when it did. */
bool php_fileq_compat_pcntl_register(int module_number);

/* MSHUTDOWN: unregisters what php_fileq_compat_pcntl_register() registered. */
void php_fileq_compat_pcntl_unregister(void);

/* RINIT: the tick function for declare(ticks) and the per-request state (as pcntl's RINIT). */
void php_fileq_compat_pcntl_rinit(void);

/* RSHUTDOWN, before php_fileq_signals_rshutdown(): forgets the handlers pcntl_signal_get_handler() reports. */
void php_fileq_compat_pcntl_rshutdown(void);

#endif /* PHP_FILEQ_COMPAT_PCNTL_H */
