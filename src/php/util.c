#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_var.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "src/core/clock.h"
#include "src/core/error.h"
#include "src/core/serial.h"
#include "php_fileq.h"
#include "src/php/exceptions.h"
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

zend_result php_fileq_classes_init(php_fileq_classes_t *classes, zval *arg, uint32_t arg_num)
{
	zval *entry;

	classes->any = arg != NULL && Z_TYPE_P(arg) == IS_TRUE;
	zend_hash_init(&classes->names, arg != NULL && Z_TYPE_P(arg) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(arg)) : 0,
		NULL, NULL, 0);
	if (arg == NULL || Z_TYPE_P(arg) == IS_TRUE || Z_TYPE_P(arg) == IS_FALSE) {
		return SUCCESS;
	}
	if (Z_TYPE_P(arg) != IS_ARRAY) {
		zend_argument_type_error(arg_num, "must be of type array|bool, %s given", zend_zval_type_name(arg));
		zend_hash_destroy(&classes->names);
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arg), entry) {
		ZVAL_DEREF(entry);
		if (Z_TYPE_P(entry) != IS_STRING) {
			zend_argument_type_error(arg_num, "must be an array of class names, %s found in it", zend_zval_type_name(entry));
			zend_hash_destroy(&classes->names);
			return FAILURE;
		}
		zend_string *lc = zend_string_tolower(Z_STR_P(entry));
		zend_hash_add_empty_element(&classes->names, lc);
		zend_string_release(lc);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

void php_fileq_classes_destroy(php_fileq_classes_t *classes)
{
	zend_hash_destroy(&classes->names);
}

/* fq_serial_classes() callback: 1 (stop) at the first enum not allowed, its name kept */
static int php_fileq_enum_allowed(int kind, const char *name, size_t len, void *ctx)
{
	void **args = ctx;
	const php_fileq_classes_t *classes = args[0];
	zend_string *str, *lc;
	bool allowed;

	if (kind != 'E') {
		return 0;  /* objects: allowed_classes makes them incomplete without a look-up */
	}
	str = zend_string_init(name, len, 0);
	lc = zend_string_tolower(str);
	allowed = zend_hash_exists(&classes->names, lc);
	zend_string_release(lc);
	if (allowed) {
		zend_string_release(str);
		return 0;
	}
	*(zend_string **) args[1] = str;
	return 1;
}

zend_result php_fileq_unserialize_ex(const char *buf, size_t len, int flags, const php_fileq_classes_t *classes,
	zval *out, zend_string **refused)
{
	php_unserialize_data_t var_hash;
	const unsigned char *p = (const unsigned char *) buf;
	const unsigned char *end = p + len;
	zend_result result = SUCCESS;

	ZVAL_UNDEF(out);
	if (refused != NULL) {
		*refused = NULL;
	}
	/* an enum is looked up (autoloaded) by unserialize() whatever it is told: check them first */
	if (classes != NULL && !classes->any && zend_memnstr(buf, "E:", 2, buf + len) != NULL) {
		zend_string *name = NULL;
		void *args[2] = { (void *) classes, &name };
		int rc = fq_serial_classes(p, len, php_fileq_enum_allowed, args);

		if (rc != FQ_OK) {
			if (refused != NULL) {
				*refused = name;
			} else if (name != NULL) {
				zend_string_release(name);
			}
			return FAILURE;
		}
	}
	PHP_VAR_UNSERIALIZE_INIT(var_hash);
	if (classes != NULL && !classes->any) {
		php_var_unserialize_set_allowed_classes(var_hash, (HashTable *) &classes->names);
	}
	if (!php_var_unserialize(out, &p, end, &var_hash) || (!(flags & PHP_FILEQ_UNSERIALIZE_TRAILING) && p != end)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		result = FAILURE;
	}
	PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
	return result;
}

static int php_fileq_first_class(int kind, const char *name, size_t len, void *ctx)
{
	(void) kind;
	*(zend_string **) ctx = zend_string_init(name, len, 0);
	return 1;
}

zend_string *php_fileq_serialized_class(const char *buf, size_t len)
{
	zend_string *name = NULL;

	fq_serial_classes((const unsigned char *) buf, len, php_fileq_first_class, &name);
	return name;
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

zend_string *php_fileq_user_path(zend_string *path, const char *op)
{
	fq_error_t err;
	zend_string *abs = php_fileq_absolute_path(path);

	if (abs == NULL) {
		fq_error_sys(&err, errno, "getcwd", ZSTR_VAL(path));
		php_fileq_throw(&err);
		return NULL;
	}
	/* the exception says it: no warning beside it */
	if (php_check_open_basedir_ex(ZSTR_VAL(abs), 0)) {
		fq_error_sys(&err, EPERM, op, ZSTR_VAL(abs));
		php_fileq_throw(&err);
		zend_string_release(abs);
		return NULL;
	}
	return abs;
}

int64_t php_fileq_lock_timeout_ns(double seconds)
{
	if (seconds < 0 || seconds != seconds) {
		seconds = FILEQ_G(lock_timeout);  /* none of its own: the ini's */
	}
	return seconds < 0 || seconds != seconds || seconds >= 9.2e9 ? -1 : (int64_t) (seconds * 1e9);
}

void php_fileq_debug_error(HashTable *out, const char *msg)
{
	zval v;

	ZVAL_STRING(&v, msg);
	zend_hash_str_update(out, ZEND_STRL("error"), &v);
}

zend_result php_fileq_debug_fields(zend_object *obj, HashTable *out, const php_fileq_debug_field_t *fields)
{
	for (; fields->key != NULL; fields++) {
		zend_function *fn;
		zval rv;

		if (EG(exception)) {
			php_fileq_debug_error(out, "not read: an exception is pending");
			return FAILURE;
		}
		fn = zend_hash_str_find_ptr_lc(&obj->ce->function_table, fields->method, strlen(fields->method));
		if (fn == NULL) {
			continue;
		}
		ZVAL_UNDEF(&rv);
		zend_call_known_instance_method_with_0_params(fn, obj, &rv);
		if (EG(exception)) {
			zend_object *ex = EG(exception);
			zval *msg, tmp;
			zend_string *text;

			GC_ADDREF(ex);
			zend_clear_exception();
			msg = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &tmp);
			text = zend_strpprintf(0, "%s: %s", ZSTR_VAL(ex->ce->name),
				Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "");
			php_fileq_debug_error(out, ZSTR_VAL(text));
			zend_string_release(text);
			OBJ_RELEASE(ex);
			zval_ptr_dtor(&rv);
			return FAILURE;
		}
		zend_hash_str_update(out, fields->key, strlen(fields->key), &rv);
	}
	return SUCCESS;
}
