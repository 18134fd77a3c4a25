/*
 * ext/pcntl's functions and constants, provided by fileq when PHP has no
 * pcntl (see the README, "posix_* and pcntl_*"), in two files:
 * compat_pcntl.c (signals, pcntl_get_last_error(), and this descriptor,
 * which src/php/compat.c registers the family from) and
 * compat_pcntl_process.c (fork, waits, exec, priorities, CPUs). The
 * family's request hooks add the tick function and reset the per-request
 * state at RINIT, and forget the handlers pcntl_signal_get_handler()
 * reports at RSHUTDOWN.
 */
#ifndef PHP_FILEQ_COMPAT_PCNTL_H
#define PHP_FILEQ_COMPAT_PCNTL_H

#include "src/php/compat.h"

extern const php_fileq_compat_family_t php_fileq_compat_pcntl_family;

/*
 * Forgets what pcntl_signal() was given for sig: FileQ\Process set or
 * restored it, and the two share one table (the last one set owns the
 * signal). A no-op while the real pcntl is loaded.
 */
void php_fileq_compat_pcntl_forget(int sig);

#endif /* PHP_FILEQ_COMPAT_PCNTL_H */
