/*
 * shmop_* and Shmop for a PHP without ext/shmop: the same signatures,
 * return values, warnings and errors, on src/core/shmop.c. A Shmop holds
 * the attached segment until it is freed (shmop_close() does nothing, as
 * since PHP 8.0); offsets are checked against the segment's real size.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>

#include "php.h"
#if PHP_VERSION_ID >= 80400
# include "zend_attributes.h"
#endif

#include "src/core/shmop.h"
#include "src/php/compat_shmop.h"
#include "stubs/compat_shmop_arginfo.h"

typedef struct php_fileq_compat_shmop {
	fq_shmop_t s;  /* s.addr is NULL until shmop_open() attached it */
	zend_object std;
} php_fileq_compat_shmop_t;

static zend_class_entry *php_fileq_compat_shmop_ce;
static zend_object_handlers php_fileq_compat_shmop_handlers;

static inline php_fileq_compat_shmop_t *php_fileq_compat_shmop_from_obj(zend_object *obj)
{
	return (php_fileq_compat_shmop_t *) ((char *) obj - offsetof(php_fileq_compat_shmop_t, std));
}

#define Z_FQ_COMPAT_SHMOP_P(zv) php_fileq_compat_shmop_from_obj(Z_OBJ_P(zv))

static zend_object *php_fileq_compat_shmop_create(zend_class_entry *ce)
{
	php_fileq_compat_shmop_t *self = zend_object_alloc(sizeof(php_fileq_compat_shmop_t), ce);

	self->s.id = -1;
	self->s.addr = NULL;
	self->s.size = 0;
	self->s.readonly = 0;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_compat_shmop_handlers;
	return &self->std;
}

static zend_function *php_fileq_compat_shmop_get_constructor(zend_object *obj)
{
	(void) obj;
	zend_throw_error(NULL, "Cannot directly construct Shmop, use shmop_open() instead");
	return NULL;
}

static void php_fileq_compat_shmop_free(zend_object *obj)
{
	fq_shmop_close(&php_fileq_compat_shmop_from_obj(obj)->s);
	zend_object_std_dtor(obj);
}

PHP_FUNCTION(shmop_open)
{
	zend_long key, perms, size;
	zend_string *mode;
	php_fileq_compat_shmop_t *shmop;
	fq_error_t err;
	int flags, readonly = 0, step;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_LONG(key)
		Z_PARAM_STR(mode)
		Z_PARAM_LONG(perms)
		Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(mode) != 1) {
		zend_argument_value_error(2, "must be a valid access mode");
		RETURN_THROWS();
	}
	flags = (int) perms;
	switch (ZSTR_VAL(mode)[0]) {
		case 'a':  /* read-only */
			readonly = 1;
			size = 0;
			break;
		case 'c':  /* create, or open what exists */
			flags |= fq_shmop_flag_create();
			break;
		case 'n':  /* create, failing if it exists */
			flags |= fq_shmop_flag_create() | fq_shmop_flag_exclusive();
			break;
		case 'w':  /* read and write what exists */
			size = 0;
			break;
		default:
			zend_argument_value_error(2, "must be a valid access mode");
			RETURN_THROWS();
	}
	if ((flags & fq_shmop_flag_create()) && size < 1) {
		zend_argument_value_error(4, "must be greater than 0 for the \"c\" and \"n\" access modes");
		RETURN_THROWS();
	}

	object_init_ex(return_value, php_fileq_compat_shmop_ce);
	shmop = Z_FQ_COMPAT_SHMOP_P(return_value);
	fq_error_clear(&err);
	if (fq_shmop_open(&shmop->s, (int32_t) key, (size_t) size, flags, readonly, &step, &err) != FQ_OK) {
		const char *what = step == FQ_SHMOP_STEP_GET ? "Unable to attach or create shared memory segment"
			: step == FQ_SHMOP_STEP_STAT ? "Unable to get shared memory segment information"
			: "Unable to attach to shared memory segment";

		php_error_docref(NULL, E_WARNING, "%s \"%s\"", what, strerror(err.sys_errno));
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
	if (shmop->s.size > (size_t) ZEND_LONG_MAX) {
		zend_argument_value_error(4, "is too large");
		zval_ptr_dtor(return_value);
		RETURN_THROWS();
	}
}

PHP_FUNCTION(shmop_read)
{
	zval *zshmop;
	zend_long start, count;
	php_fileq_compat_shmop_t *shmop;
	zend_long size;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zshmop, php_fileq_compat_shmop_ce)
		Z_PARAM_LONG(start)
		Z_PARAM_LONG(count)
	ZEND_PARSE_PARAMETERS_END();

	shmop = Z_FQ_COMPAT_SHMOP_P(zshmop);
	size = (zend_long) shmop->s.size;
	if (start < 0 || start > size) {
		zend_argument_value_error(2, "must be between 0 and the segment size");
		RETURN_THROWS();
	}
	if (count < 0 || start > ZEND_LONG_MAX - count || start + count > size) {
		zend_argument_value_error(3, "is out of range");
		RETURN_THROWS();
	}
	/* 0 bytes: the rest of the segment */
	if (count == 0) {
		count = size - start;
	}
	RETURN_STRINGL((const char *) shmop->s.addr + start, (size_t) count);
}

PHP_FUNCTION(shmop_close)
{
	zval *zshmop;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zshmop, php_fileq_compat_shmop_ce)
	ZEND_PARSE_PARAMETERS_END();

	/* a no-op since PHP 8.0: the segment goes with the object */
	(void) zshmop;
	(void) return_value;
}

PHP_FUNCTION(shmop_size)
{
	zval *zshmop;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zshmop, php_fileq_compat_shmop_ce)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_LONG((zend_long) Z_FQ_COMPAT_SHMOP_P(zshmop)->s.size);
}

PHP_FUNCTION(shmop_write)
{
	zval *zshmop;
	zend_string *data;
	zend_long offset, size, n;
	php_fileq_compat_shmop_t *shmop;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_OBJECT_OF_CLASS(zshmop, php_fileq_compat_shmop_ce)
		Z_PARAM_STR(data)
		Z_PARAM_LONG(offset)
	ZEND_PARSE_PARAMETERS_END();

	shmop = Z_FQ_COMPAT_SHMOP_P(zshmop);
	if (shmop->s.readonly) {
		zend_throw_error(NULL, "Read-only segment cannot be written");
		RETURN_THROWS();
	}
	size = (zend_long) shmop->s.size;
	if (offset < 0 || offset > size) {
		zend_argument_value_error(3, "is out of range");
		RETURN_THROWS();
	}
	/* what fits from offset on; the rest is cut, as shmop does */
	n = (zend_long) ZSTR_LEN(data) < size - offset ? (zend_long) ZSTR_LEN(data) : size - offset;
	memcpy(shmop->s.addr + offset, ZSTR_VAL(data), (size_t) n);
	RETURN_LONG(n);
}

PHP_FUNCTION(shmop_delete)
{
	zval *zshmop;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zshmop, php_fileq_compat_shmop_ce)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	if (fq_shmop_delete(&Z_FQ_COMPAT_SHMOP_P(zshmop)->s, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Can't mark segment for deletion (are you the owner?)");
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

#if PHP_VERSION_ID >= 80400
/*
 * 8.4's shmop declares shmop_close() #[\Deprecated(since: "8.0", message: ...)],
 * which the deprecation notice quotes; the 8.2 stub generator knows no
 * attributes, so the attribute is added here, as 8.4's arginfo adds it.
 */
static void php_fileq_compat_shmop_deprecation(void)
{
	zend_function *f = zend_hash_str_find_ptr(CG(function_table), "shmop_close", sizeof("shmop_close") - 1);
	zend_attribute *attr;

	if (f == NULL) {
		return;
	}
	attr = zend_add_function_attribute(f, ZSTR_KNOWN(ZEND_STR_DEPRECATED_CAPITALIZED), 2);
	ZVAL_STR(&attr->args[0].value, zend_string_init_interned("8.0", sizeof("8.0") - 1, 1));
	attr->args[0].name = ZSTR_KNOWN(ZEND_STR_SINCE);
	ZVAL_STR(&attr->args[1].value, zend_string_init_interned("as Shmop objects are freed automatically",
		sizeof("as Shmop objects are freed automatically") - 1, 1));
	attr->args[1].name = ZSTR_KNOWN(ZEND_STR_MESSAGE);
}
#endif

/* Shmop: a final handle (no new, no clone, no comparison, no serialization) that detaches when it goes. */
static void php_fileq_compat_shmop_symbols(int module_number)
{
	(void) module_number;
#if PHP_VERSION_ID >= 80400
	php_fileq_compat_shmop_deprecation();
#endif
	php_fileq_compat_shmop_ce = register_class_Shmop();
	php_fileq_compat_handle_class(php_fileq_compat_shmop_ce, &php_fileq_compat_shmop_handlers,
		offsetof(php_fileq_compat_shmop_t, std), php_fileq_compat_shmop_create, php_fileq_compat_shmop_get_constructor,
		php_fileq_compat_shmop_free);
}

static const char *const php_fileq_compat_shmop_classes[] = { "shmop", NULL };

const php_fileq_compat_family_t php_fileq_compat_shmop_family = {
	.name = "shmop",
	.extension = "shmop",
	.functions = ext_functions,
	.classes = php_fileq_compat_shmop_classes,
	.register_symbols = php_fileq_compat_shmop_symbols,
};
