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

/*
 * The classes an unserialize() may instantiate, as unserialize()'s
 * allowed_classes: any, or the (lower-cased) names in the table, none when it
 * is empty. Enums are classes here too (unserialize() itself looks every enum
 * up, autoloading it, whatever allowed_classes says).
 */
typedef struct {
	bool any;
	HashTable names;
} php_fileq_classes_t;

/*
 * From an array|bool argument (NULL when not passed: false, no class). FAILURE
 * with a TypeError for anything else or an entry that is not a string.
 */
zend_result php_fileq_classes_init(php_fileq_classes_t *classes, zval *arg, uint32_t arg_num);
void php_fileq_classes_destroy(php_fileq_classes_t *classes);

/* Bytes after the value are ignored, as the standard functions (msg_receive(), shm_get_var()) do; else they fail it. */
#define PHP_FILEQ_UNSERIALIZE_TRAILING 1

/*
 * unserialize() of buf into out. classes NULL: any class (the standard
 * functions' behaviour); else an object of a class not allowed comes back as
 * __PHP_Incomplete_Class, and a value naming an enum not allowed is not
 * unserialized at all: FAILURE with *refused set to that enum's name (the
 * caller releases it; refused may be NULL when classes is). FAILURE with out
 * UNDEF (and *refused NULL) when buf does not hold a serialized value; nothing
 * is thrown (but an exception a __wakeup() or __unserialize() threw stays
 * pending).
 */
zend_result php_fileq_unserialize_ex(const char *buf, size_t len, int flags, const php_fileq_classes_t *classes,
	zval *out, zend_string **refused);

/* The first class (of an object or enum) serialized bytes name; NULL when none (else a new reference). */
zend_string *php_fileq_serialized_class(const char *buf, size_t len);

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
 * A path a caller gave, as fileq uses it: made absolute once, and within
 * open_basedir. NULL with an IOException (EPERM, naming op and the path) when
 * it is outside, or the current directory cannot be had.
 */
zend_string *php_fileq_user_path(zend_string *path, const char *op);

/*
 * A lock wait in nanoseconds for the core: seconds when it is 0 or more, else
 * the ini fileq.lock_timeout; -1 (for ever) when that is negative.
 */
int64_t php_fileq_lock_timeout_ns(double seconds);

/* One line of a handle's var_dump(): the key shown and the method (no arguments) whose result it shows. */
typedef struct {
	const char *key;
	const char *method;
} php_fileq_debug_field_t;

/*
 * For a get_debug_info handler: each field's method called on obj, its result
 * under the field's key in out, in order (fields ends with a {NULL, NULL}).
 * var_dump() must not throw: the first call that throws ends the list, and the
 * exception, cleared, shows as "error" => "<class>: <message>". Nothing is
 * called while an exception is pending. FAILURE when "error" was added.
 */
zend_result php_fileq_debug_fields(zend_object *obj, HashTable *out, const php_fileq_debug_field_t *fields);

/* "error" => msg in a get_debug_info table. */
void php_fileq_debug_error(HashTable *out, const char *msg);

#endif /* PHP_FILEQ_UTIL_H */
