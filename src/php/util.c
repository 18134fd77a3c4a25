#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_var.h"
#include "zend_smart_str.h"

#include "src/core/clock.h"
#include "src/core/error.h"
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
