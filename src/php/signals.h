#ifndef PHP_FILEQ_SIGNALS_H
#define PHP_FILEQ_SIGNALS_H

#include "php.h"

/*
 * Runs the PHP signal handlers that are pending (pcntl's, or fileq's own),
 * so that a blocking call interrupted by a signal lets them run before it
 * goes on. Returns FAILURE when a handler threw or exited.
 */
zend_result php_fileq_dispatch_signals(void);

#endif /* PHP_FILEQ_SIGNALS_H */
