#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_var.h"
#include "zend_smart_str.h"

#include "src/core/clock.h"
#include "src/core/error.h"
#include "php_fileq.h"
#include "src/php/util.h"

zend_string *php_fileq_serialize_ex(zval *value, bool partial)
{
	php_serialize_data_t var_hash;
	smart_str buf = {0};

	PHP_VAR_SERIALIZE_INIT(var_hash);
	php_var_serialize(&buf, value, &var_hash);
	PHP_VAR_SERIALIZE_DESTROY(var_hash);
	if (EG(exception) && (!partial || buf.s == NULL)) {
		smart_str_free(&buf);
		return NULL;
	}
	return smart_str_extract(&buf);
}

zend_result php_fileq_unserialize_ex(const char *buf, size_t len, int flags, zval *out)
{
	php_unserialize_data_t var_hash;
	const unsigned char *p = (const unsigned char *) buf;
	const unsigned char *end = p + len;
	HashTable no_classes;
	zend_result result = SUCCESS;

	ZVAL_UNDEF(out);
	PHP_VAR_UNSERIALIZE_INIT(var_hash);
	if (!(flags & PHP_FILEQ_UNSERIALIZE_OBJECTS)) {
		zend_hash_init(&no_classes, 0, NULL, NULL, 0);
		php_var_unserialize_set_allowed_classes(var_hash, &no_classes);
	}
	if (!php_var_unserialize(out, &p, end, &var_hash) || (!(flags & PHP_FILEQ_UNSERIALIZE_TRAILING) && p != end)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		result = FAILURE;
	}
	PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
	if (!(flags & PHP_FILEQ_UNSERIALIZE_OBJECTS)) {
		zend_hash_destroy(&no_classes);
	}
	return result;
}

zend_result php_fileq_deadline(double timeout, uint32_t arg_num, int64_t *deadline_ns)
{
	if (fq_deadline(timeout, deadline_ns) != FQ_OK) {
		zend_argument_value_error(arg_num, "must be -1 (wait for ever) or a number of seconds >= 0");
		return FAILURE;
	}
	return SUCCESS;
}

zend_string *php_fileq_payload(zend_string *buf, size_t start, size_t len)
{
	if (start > 0) {
		memmove(ZSTR_VAL(buf), ZSTR_VAL(buf) + start, len);
	}
	if (len < ZSTR_LEN(buf) / 2 && ZSTR_LEN(buf) > 1024) {
		buf = zend_string_truncate(buf, len, 0);  /* a frame much shorter than its room: give the rest back */
	}
	ZSTR_LEN(buf) = len;
	ZSTR_VAL(buf)[len] = '\0';
	return buf;
}

zend_string *php_fileq_absolute_path(zend_string *path)
{
	char cwd[MAXPATHLEN];
	size_t len;

	if (ZSTR_VAL(path)[0] == '/') {
		return zend_string_copy(path);
	}
	/* PHP's current directory (ZTS keeps one per thread), not a lexical clean-up: "link/.." stays the kernel's to walk. */
	if (VCWD_GETCWD(cwd, sizeof(cwd)) == NULL) {
		return NULL;
	}
	len = strlen(cwd);
	return zend_string_concat3(cwd, len, "/", len > 0 && cwd[len - 1] == '/' ? 0 : 1, ZSTR_VAL(path), ZSTR_LEN(path));
}

int64_t php_fileq_lock_timeout_ns(double seconds)
{
	if (seconds < 0 || seconds != seconds) {
		seconds = FILEQ_G(lock_timeout);  /* none of its own: the ini's */
	}
	return seconds < 0 || seconds != seconds || seconds >= 9.2e9 ? -1 : (int64_t) (seconds * 1e9);
}
