/*
 * shm_* and SysvSharedMemory for a PHP without ext/sysvshm: the same
 * signatures, return values, warnings, errors and segment layout, on
 * src/core/sysv_shm.c. As sysvshm, shm_put_var() removes the old value before
 * it finds that the new one does not fit (FQ_SHM_CUT_FIRST), and the
 * sysvshm.init_mem setting gives shm_attach()'s default size.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>

#include "php.h"
#include "php_ini.h"

#include "src/core/sysv_shm.h"
#include "src/php/compat_sysvshm.h"
#include "src/php/shared_memory.h"
#include "src/php/util.h"
#include "stubs/compat_sysvshm_arginfo.h"

typedef struct php_fileq_compat_shm {
	fq_shm_t s;  /* s.base is NULL once detached */
	zend_object std;
} php_fileq_compat_shm_t;

static zend_class_entry *php_fileq_compat_shm_ce;
static zend_object_handlers php_fileq_compat_shm_handlers;
static zend_long php_fileq_compat_shm_init_mem = 10000;

static inline php_fileq_compat_shm_t *php_fileq_compat_shm_from_obj(zend_object *obj)
{
	return (php_fileq_compat_shm_t *) ((char *) obj - offsetof(php_fileq_compat_shm_t, std));
}

#define Z_FQ_COMPAT_SHM_P(zv) php_fileq_compat_shm_from_obj(Z_OBJ_P(zv))

static zend_object *php_fileq_compat_shm_create(zend_class_entry *ce)
{
	php_fileq_compat_shm_t *self = zend_object_alloc(sizeof(php_fileq_compat_shm_t), ce);

	self->s.id = -1;
	self->s.base = NULL;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_compat_shm_handlers;
	return &self->std;
}

static zend_function *php_fileq_compat_shm_get_constructor(zend_object *obj)
{
	(void) obj;
	zend_throw_error(NULL, "Cannot directly construct SysvSharedMemory, use shm_attach() instead");
	return NULL;
}

static void php_fileq_compat_shm_free(zend_object *obj)
{
	fq_shm_detach(&php_fileq_compat_shm_from_obj(obj)->s);
	zend_object_std_dtor(obj);
}

/* The attached segment of zshm, or NULL with sysvshm's Error thrown. */
static php_fileq_compat_shm_t *php_fileq_compat_shm_attached(zval *zshm)
{
	php_fileq_compat_shm_t *shm = Z_FQ_COMPAT_SHM_P(zshm);

	if (shm->s.base == NULL) {
		zend_throw_error(NULL, "Shared memory block has already been destroyed");
		return NULL;
	}
	return shm;
}

/*
 * The arguments of the shm_* functions of a segment: ($shm), with vkey
 * ($shm, $key), with value too ($shm, $key, $value). The attached segment, or
 * NULL with the error thrown.
 */
static php_fileq_compat_shm_t *php_fileq_compat_shm_args(zend_execute_data *execute_data, zend_long *vkey, zval **value)
{
	zval *zshm;
	zend_result rc;

	if (value != NULL) {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "Olz", &zshm, php_fileq_compat_shm_ce, vkey, value);
	} else if (vkey != NULL) {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "Ol", &zshm, php_fileq_compat_shm_ce, vkey);
	} else {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "O", &zshm, php_fileq_compat_shm_ce);
	}
	return rc == SUCCESS ? php_fileq_compat_shm_attached(zshm) : NULL;
}

ZEND_FUNCTION(shm_attach)
{
	zend_long key, size = 0, flag = 0666;
	bool size_is_null = true;
	php_fileq_compat_shm_t *shm;
	fq_shm_t s;
	fq_error_t err;
	int rc;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "l|l!l", &key, &size, &size_is_null, &flag) == FAILURE) {
		RETURN_THROWS();
	}
	if (size_is_null) {
		size = php_fileq_compat_shm_init_mem;
	}
	if (size < 1) {
		zend_argument_value_error(2, "must be greater than 0");
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	rc = fq_shm_attach_kernel(&s, (int32_t) key, (long) size, (int) flag, &err);
	if (rc == FQ_EARG || rc == FQ_ECORRUPT) {
		php_error_docref(NULL, E_WARNING, "Failed for key 0x" ZEND_XLONG_FMT ": memorysize too small", key);
		RETURN_FALSE;
	}
	if (rc != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
		RETURN_FALSE;
	}
	object_init_ex(return_value, php_fileq_compat_shm_ce);
	shm = Z_FQ_COMPAT_SHM_P(return_value);
	shm->s = s;
}

ZEND_FUNCTION(shm_detach)
{
	php_fileq_compat_shm_t *shm;

	if ((shm = php_fileq_compat_shm_args(execute_data, NULL, NULL)) == NULL) {
		RETURN_THROWS();
	}
	fq_shm_detach(&shm->s);
	RETURN_TRUE;
}

ZEND_FUNCTION(shm_remove)
{
	php_fileq_compat_shm_t *shm;
	fq_error_t err;

	if ((shm = php_fileq_compat_shm_args(execute_data, NULL, NULL)) == NULL) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_shm_destroy_kernel(&shm->s, &err) != FQ_OK) {
		/* sysvshm prints the handle as a number here; the segment id is the useful one */
		php_error_docref(NULL, E_WARNING, "Failed for key 0x%x, id " ZEND_LONG_FMT ": %s", (unsigned) shm->s.key,
			(zend_long) shm->s.id, strerror(err.sys_errno));
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_FUNCTION(shm_put_var)
{
	zval *value;
	zend_long vkey;
	php_fileq_compat_shm_t *shm;
	zend_string *bytes;
	fq_error_t err;
	int rc;

	if ((shm = php_fileq_compat_shm_args(execute_data, &vkey, &value)) == NULL) {
		RETURN_THROWS();
	}
	/* as sysvshm, what serialize() wrote is stored even when it threw (the exception is what the caller sees) */
	bytes = php_fileq_serialize_ex(value, true);
	if (UNEXPECTED(shm->s.base == NULL)) {
		if (bytes != NULL) {
			zend_string_release(bytes);
		}
		zend_throw_error(NULL, "Shared memory block has been destroyed by the serialization function");
		RETURN_THROWS();
	}
#if PHP_VERSION_ID >= 80500
	/* 8.5's sysvshm stores nothing when serialize() threw before writing a byte */
	if (bytes == NULL) {
		RETURN_THROWS();
	}
#endif
	fq_error_clear(&err);
	rc = fq_shm_put_ex(&shm->s, (long) vkey, bytes ? ZSTR_VAL(bytes) : "", bytes ? ZSTR_LEN(bytes) : 0,
		FQ_SHM_CUT_FIRST, &err);
	if (bytes != NULL) {
		zend_string_release(bytes);
	}
	if (rc == FQ_ETOOBIG) {
		php_error_docref(NULL, E_WARNING, "Not enough shared memory left");
		RETURN_FALSE;
	}
	if (rc != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "%s", err.msg);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* sysvshm's warning when shm_get_var() or shm_remove_var() fails. */
static void php_fileq_compat_shm_var_failed(int rc, zend_long vkey, const fq_error_t *err)
{
	if (rc == FQ_ENOENT) {
		php_error_docref(NULL, E_WARNING, "Variable key " ZEND_LONG_FMT " doesn't exist", vkey);
	} else {
		php_error_docref(NULL, E_WARNING, "%s", err->msg);
	}
}

ZEND_FUNCTION(shm_get_var)
{
	zend_long vkey;
	php_fileq_compat_shm_t *shm;
	fq_error_t err;
	zend_string *bytes;
	int rc;

	if ((shm = php_fileq_compat_shm_args(execute_data, &vkey, NULL)) == NULL) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	rc = php_fileq_shared_memory_read(&shm->s, (long) vkey, &bytes, &err);
	if (rc != FQ_OK) {
		php_fileq_compat_shm_var_failed(rc, vkey, &err);
		RETURN_FALSE;
	}
	/* a value of 0 bytes is not a serialized value either */
	if (php_fileq_unserialize_ex(ZSTR_VAL(bytes), ZSTR_LEN(bytes), PHP_FILEQ_UNSERIALIZE_TRAILING, NULL, return_value, NULL) == FAILURE) {
		php_error_docref(NULL, E_WARNING, "Variable data in shared memory is corrupted");
		RETVAL_FALSE;
	}
	zend_string_efree(bytes);
}

ZEND_FUNCTION(shm_has_var)
{
	zend_long vkey;
	php_fileq_compat_shm_t *shm;
	fq_error_t err;
	int found = 0;

	if ((shm = php_fileq_compat_shm_args(execute_data, &vkey, NULL)) == NULL) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_shm_has(&shm->s, (long) vkey, &found, &err) != FQ_OK) {
		found = 0;  /* a damaged segment: sysvshm's lookup stops and finds nothing */
	}
	RETURN_BOOL(found);
}

ZEND_FUNCTION(shm_remove_var)
{
	zend_long vkey;
	php_fileq_compat_shm_t *shm;
	fq_error_t err;
	int rc;

	if ((shm = php_fileq_compat_shm_args(execute_data, &vkey, NULL)) == NULL) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	rc = fq_shm_remove_var(&shm->s, (long) vkey, &err);
	if (rc != FQ_OK) {
		php_fileq_compat_shm_var_failed(rc, vkey, &err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* SysvSharedMemory: a handle (no new, no clone, no comparison) that detaches when it goes. */
static void php_fileq_compat_sysvshm_symbols(int module_number)
{
	(void) module_number;
	php_fileq_compat_shm_ce = register_class_SysvSharedMemory();
	php_fileq_compat_handle_class(php_fileq_compat_shm_ce, &php_fileq_compat_shm_handlers,
		offsetof(php_fileq_compat_shm_t, std), php_fileq_compat_shm_create, php_fileq_compat_shm_get_constructor,
		php_fileq_compat_shm_free);
}

/* sysvshm reads its php.ini setting once, at startup */
static void php_fileq_compat_sysvshm_minit(int module_number)
{
	(void) module_number;
	if (cfg_get_long("sysvshm.init_mem", &php_fileq_compat_shm_init_mem) == FAILURE) {
		php_fileq_compat_shm_init_mem = 10000;
	}
}

static const char *const php_fileq_compat_sysvshm_classes[] = { "sysvsharedmemory", NULL };

const php_fileq_compat_family_t php_fileq_compat_sysvshm_family = {
	.name = "sysvshm",
	.extension = "sysvshm",
	.functions = ext_functions,
	.classes = php_fileq_compat_sysvshm_classes,
	.register_symbols = php_fileq_compat_sysvshm_symbols,
	.minit = php_fileq_compat_sysvshm_minit,
};
