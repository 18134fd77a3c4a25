#ifndef PHP_FILEQ_UTIL_H
#define PHP_FILEQ_UTIL_H

#include "php.h"

/* serialize() of value, as ext/standard writes it. */
zend_string *php_fileq_serialize(zval *value);

/*
 * unserialize() of buf into out. With allow_objects false every object comes
 * back as __PHP_Incomplete_Class (shared state is data, not code).
 * FAILURE when buf is not a whole serialized value; nothing is thrown.
 */
zend_result php_fileq_unserialize(const char *buf, size_t len, bool allow_objects, zval *out);

/*
 * A $timeout argument (seconds; -1 waits for ever) as a deadline on the core's
 * clock (src/core/clock.h). FAILURE with a ValueError thrown for NaN or any
 * other negative value.
 */
zend_result php_fileq_deadline(double timeout, uint32_t arg_num, int64_t *deadline_ns);

/* A buffer the core filled as a PHP string: the payload buf[start, start + len) moved to its front. */
zend_string *php_fileq_payload(zend_string *buf, size_t start, size_t len);

/* path made absolute from PHP's current directory (a new reference; NULL when that cannot be had). */
zend_string *php_fileq_absolute_path(zend_string *path);

/*
 * A lock wait in nanoseconds for the core: seconds when it is 0 or more, else
 * the ini fileq.lock_timeout; -1 (for ever) when that is negative.
 */
int64_t php_fileq_lock_timeout_ns(double seconds);

#endif /* PHP_FILEQ_UTIL_H */
