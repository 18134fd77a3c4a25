/* FileQ\Fifo: the binding of src/core/fifo.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <limits.h>
#include <math.h>

#include <errno.h>

#include "php.h"
#include "zend_exceptions.h"

#include "src/core/fifo.h"
#include "src/core/signals.h"
#include "src/php/exceptions.h"
#include "src/php/fifo.h"
#include "src/php/util.h"
#include "src/php/signals.h"
#include "stubs/fifo_arginfo.h"

/* The largest read() buffer (a pipe holds 64 KiB by default, 1 MiB at most): a larger $length reads what is there. */
#define PHP_FILEQ_FIFO_READ_MAX (1024 * 1024)

zend_class_entry *php_fileq_fifo_ce;
static zend_object_handlers php_fileq_fifo_handlers;

static zend_object *php_fileq_fifo_create(zend_class_entry *ce)
{
	php_fileq_fifo_t *self = zend_object_alloc(sizeof(php_fileq_fifo_t), ce);

	fq_fifo_init(&self->f);
	self->path = NULL;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_fifo_handlers;
	return &self->std;
}

static void php_fileq_fifo_free(zend_object *obj)
{
	php_fileq_fifo_t *self = php_fileq_fifo_from_obj(obj);

	fq_fifo_close(&self->f);
	if (self->path) {
		zend_string_release(self->path);
		self->path = NULL;
	}
	zend_object_std_dtor(obj);
}

#define PHP_FILEQ_FIFO_THIS() \
	php_fileq_fifo_t *self = php_fileq_fifo_from_obj(Z_OBJ_P(ZEND_THIS)); \
	if (self->path == NULL) { \
		zend_throw_error(NULL, "FileQ\\Fifo has not been constructed"); \
		RETURN_THROWS(); \
	}

PHP_METHOD(FileQ_Fifo, __construct)
{
	php_fileq_fifo_t *self = php_fileq_fifo_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *path;
	zend_long permissions = 0600;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(permissions)
	ZEND_PARSE_PARAMETERS_END();

	if (self->path != NULL) {
		zend_throw_error(NULL, "FileQ\\Fifo is already constructed");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(path) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (permissions < 0 || permissions > 0777) {
		zend_argument_value_error(2, "must be between 0 and 0o777 (no set-id or sticky bit)");
		RETURN_THROWS();
	}
	/* Resolved once, here: a later chdir() does not move the FIFO. */
	self->path = php_fileq_user_path(path, "open (open_basedir)");
	if (self->path == NULL) {
		RETURN_THROWS();
	}
	if (fq_fifo_create(&self->f, ZSTR_VAL(self->path), (unsigned int) permissions, &err) != FQ_OK) {
		zend_string_release(self->path);
		self->path = NULL;
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Fifo, write)
{
	fq_error_t err;
	zend_string *data;
	double timeout = -1;
	int64_t deadline;
	size_t done = 0;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_FIFO_THIS();
	if (php_fileq_deadline(timeout, 2, &deadline) != SUCCESS) {
		RETURN_THROWS();
	}
	PHP_FILEQ_RETRY(rc, fq_fifo_write(&self->f, ZSTR_VAL(self->path), ZSTR_VAL(data), ZSTR_LEN(data), deadline, &done,
		&err));
	if (rc != FQ_OK) {
		if (rc != PHP_FILEQ_THREW) {
			php_fileq_throw(&err);
		}
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) done);
}

PHP_METHOD(FileQ_Fifo, read)
{
	fq_error_t err;
	zend_long length;
	double timeout = -1;
	int64_t deadline;
	zend_string *buf;
	size_t got = 0, cap;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(length)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_FIFO_THIS();
	if (length <= 0) {
		zend_argument_value_error(1, "must be greater than 0");
		RETURN_THROWS();
	}
	if (php_fileq_deadline(timeout, 2, &deadline) != SUCCESS) {
		RETURN_THROWS();
	}
	cap = length > PHP_FILEQ_FIFO_READ_MAX ? PHP_FILEQ_FIFO_READ_MAX : (size_t) length;
	buf = zend_string_alloc(cap, 0);
	PHP_FILEQ_RETRY(rc, fq_fifo_read(&self->f, ZSTR_VAL(self->path), ZSTR_VAL(buf), cap, deadline, &got, &err));
	if (rc != FQ_OK) {
		zend_string_efree(buf);
		if (rc != PHP_FILEQ_THREW) {
			php_fileq_throw(&err);
		}
		RETURN_THROWS();
	}
	if (got == 0) {
		zend_string_efree(buf);
		RETURN_EMPTY_STRING();
	}
	if (got < cap / 2 && cap > 4096) {
		buf = zend_string_truncate(buf, got, 0);
	}
	ZSTR_LEN(buf) = got;
	ZSTR_VAL(buf)[got] = '\0';
	RETURN_NEW_STR(buf);
}

PHP_METHOD(FileQ_Fifo, close)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_FIFO_THIS();
	fq_fifo_close(&self->f);
}

PHP_METHOD(FileQ_Fifo, remove)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_FIFO_THIS();
	fq_error_clear(&err);
	if (fq_fifo_remove(&self->f, ZSTR_VAL(self->path), &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Fifo, getPath)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_FIFO_THIS();
	RETURN_STR_COPY(self->path);
}

/* var_dump(): path; an error instead of throwing. */
static HashTable *php_fileq_fifo_debug_info(zend_object *obj, int *is_temp)
{
	static const php_fileq_debug_field_t fields[] = {
		{ "path", "getPath" },
		{ NULL, NULL }
	};
	HashTable *ht = zend_new_array(4);

	*is_temp = 1;
	if (php_fileq_debug_fields(obj, ht, fields) == SUCCESS) {
		php_fileq_fifo_t *self = php_fileq_fifo_from_obj(obj);
		zval v;

		ZVAL_BOOL(&v, self->f.rfd >= 0);
		zend_hash_str_add_new(ht, ZEND_STRL("readEndOpen"), &v);
		ZVAL_BOOL(&v, self->f.wfd >= 0);
		zend_hash_str_add_new(ht, ZEND_STRL("writeEndOpen"), &v);
	}
	return ht;
}

static void php_fileq_fifo_minit(int module_number)
{
	(void) module_number;
	php_fileq_fifo_ce = register_class_FileQ_Fifo();
	php_fileq_fifo_ce->create_object = php_fileq_fifo_create;

	memcpy(&php_fileq_fifo_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_fileq_fifo_handlers.offset = offsetof(php_fileq_fifo_t, std);
	php_fileq_fifo_handlers.free_obj = php_fileq_fifo_free;
	php_fileq_fifo_handlers.clone_obj = NULL;
	php_fileq_fifo_handlers.compare = zend_objects_not_comparable;
	php_fileq_fifo_handlers.get_debug_info = php_fileq_fifo_debug_info;
}

const php_fileq_subsystem_t php_fileq_fifo_subsystem = {
	"fifo", php_fileq_fifo_minit, NULL, NULL, NULL, NULL
};
