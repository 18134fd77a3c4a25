#ifndef PHP_FILEQ_UTIL_H
#define PHP_FILEQ_UTIL_H

#include "php.h"

/*
 * serialize() of value, as ext/standard writes it. When serialize() throws (a
 * __serialize() or __sleep() that throws), the exception stays pending and
 * the result is NULL; with partial, it is what was written before the throw
 * (NULL when nothing was), which shm_put_var() stores as sysvshm does.
 */
zend_string *php_fileq_serialize_ex(zval *value, bool partial);

static inline zend_string *php_fileq_serialize(zval *value)
{
	return php_fileq_serialize_ex(value, false);
}

/* How php_fileq_unserialize_ex() reads. */
#define PHP_FILEQ_UNSERIALIZE_OBJECTS  1  /* any class; without it every object comes back as __PHP_Incomplete_Class */
#define PHP_FILEQ_UNSERIALIZE_TRAILING 2  /* bytes after the value are ignored; without it they make it fail */
/* as the standard functions (msg_receive(), shm_get_var()) unserialize */
#define PHP_FILEQ_UNSERIALIZE_STANDARD (PHP_FILEQ_UNSERIALIZE_OBJECTS | PHP_FILEQ_UNSERIALIZE_TRAILING)

/*
 * unserialize() of buf into out, as flags (PHP_FILEQ_UNSERIALIZE_*) say.
 * FAILURE, with out UNDEF, when buf does not hold a serialized value;
 * nothing is thrown (but an exception a __wakeup() or __unserialize() threw
 * stays pending).
 */
zend_result php_fileq_unserialize_ex(const char *buf, size_t len, int flags, zval *out);

/*
 * A whole serialized value, for fileq's classes: with allow_objects false
 * every object comes back as __PHP_Incomplete_Class (shared state is data,
 * not code).
 */
static inline zend_result php_fileq_unserialize(const char *buf, size_t len, bool allow_objects, zval *out)
{
	return php_fileq_unserialize_ex(buf, len, allow_objects ? PHP_FILEQ_UNSERIALIZE_OBJECTS : 0, out);
}

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
