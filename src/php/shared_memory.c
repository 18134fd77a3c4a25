/* FileQ\SharedMemory: the binding of src/core/sysv_shm.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "src/core/ipcs.h"
#include "src/php/exceptions.h"
#include "src/php/ipc.h"
#include "src/php/shared_memory.h"
#include "src/php/util.h"
#include "stubs/shared_memory_arginfo.h"

zend_class_entry *php_fileq_shared_memory_ce;
zend_class_entry *php_fileq_shared_memory_interface_ce;
static zend_object_handlers php_fileq_shared_memory_handlers;

static zend_object *php_fileq_shared_memory_create(zend_class_entry *ce)
{
	php_fileq_shared_memory_t *self = zend_object_alloc(sizeof(php_fileq_shared_memory_t), ce);

	self->s.id = -1;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_shared_memory_handlers;
	return &self->std;
}

static void php_fileq_shared_memory_free(zend_object *obj)
{
	php_fileq_shared_memory_t *self = php_fileq_shared_memory_from_obj(obj);

	fq_shm_detach(&self->s);
	zend_object_std_dtor(obj);
}

static php_fileq_shared_memory_t *php_fileq_shared_memory_this(zval *this_ptr)
{
	php_fileq_shared_memory_t *self = php_fileq_shared_memory_from_obj(Z_OBJ_P(this_ptr));

	if (!self->open) {
		zend_throw_error(NULL, "FileQ\\SharedMemory has not been constructed");
		return NULL;
	}
	return self;
}

#define PHP_FILEQ_SHARED_MEMORY_THIS() \
	php_fileq_shared_memory_t *self = php_fileq_shared_memory_this(ZEND_THIS); \
	if (self == NULL) { \
		RETURN_THROWS(); \
	}

static void php_fileq_shared_memory_open(zval *object, int32_t key, zend_long size, zend_long permissions, uint32_t size_arg)
{
	php_fileq_shared_memory_t *self = php_fileq_shared_memory_from_obj(Z_OBJ_P(object));
	fq_error_t err;
	int rc;

	if (self->open) {
		zend_throw_error(NULL, "FileQ\\SharedMemory is already constructed");
		return;
	}
	fq_error_clear(&err);
	rc = fq_shm_attach(&self->s, key, (size_t) size, (unsigned) permissions, &err);
	if (rc == FQ_EARG) {
		zend_argument_value_error(size_arg, "must be at least %ld to create a segment", (long) FQ_SHM_HEAD_SIZE);
		return;
	}
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		return;
	}
	self->open = true;
}

static zend_result php_fileq_shared_memory_args(zend_long size, uint32_t size_arg, zend_long permissions)
{
	if (size < 1) {
		zend_argument_value_error(size_arg, "must be greater than 0");
		return FAILURE;
	}
	return php_fileq_ipc_perms(permissions, size_arg + 1);
}

PHP_METHOD(FileQ_SharedMemory, __construct)
{
	zend_long key, size = 10000, permissions = 0600;
	int32_t k;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(size)
		Z_PARAM_LONG(permissions)
	ZEND_PARSE_PARAMETERS_END();

	if (php_fileq_ipc_key(key, 1, &k) == FAILURE || php_fileq_shared_memory_args(size, 2, permissions) == FAILURE) {
		RETURN_THROWS();
	}
	php_fileq_shared_memory_open(ZEND_THIS, k, size, permissions, 2);
}

PHP_METHOD(FileQ_SharedMemory, fromPath)
{
	zend_string *path, *project = NULL;
	zend_long size = 10000, permissions = 0600;
	int32_t k;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(project)
		Z_PARAM_LONG(size)
		Z_PARAM_LONG(permissions)
	ZEND_PARSE_PARAMETERS_END();

	if (project == NULL) {
		project = ZSTR_CHAR('m');
	}
	if (php_fileq_ipc_ftok(path, project, 1, &k) == FAILURE || php_fileq_shared_memory_args(size, 3, permissions) == FAILURE) {
		RETURN_THROWS();
	}
	object_init_ex(return_value, php_fileq_shared_memory_ce);
	php_fileq_shared_memory_open(return_value, k, size, permissions, 3);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_SharedMemory, put)
{
	fq_error_t err;
	zend_long key;
	zval *value;
	zend_string *bytes;
	int rc;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(key)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	bytes = php_fileq_serialize(value);
	if (bytes == NULL) {
		RETURN_THROWS();
	}
	rc = fq_shm_put(&self->s, (long) key, ZSTR_VAL(bytes), ZSTR_LEN(bytes), &err);
	zend_string_release(bytes);
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

static void *php_fileq_shared_memory_alloc(size_t len, void *ctx)
{
	zend_string **out = ctx;

	*out = zend_string_alloc(len, 0);
	return ZSTR_VAL(*out);
}

int php_fileq_shared_memory_read(const fq_shm_t *s, long vkey, zend_string **out, fq_error_t *err)
{
	size_t len = 0;
	int rc;

	*out = NULL;
	rc = fq_shm_get(s, vkey, php_fileq_shared_memory_alloc, out, &len, err);
	if (rc != FQ_OK) {
		return rc;
	}
	ZSTR_VAL(*out)[len] = '\0';
	return FQ_OK;
}

PHP_METHOD(FileQ_SharedMemory, get)
{
	fq_error_t err;
	zend_long key;
	zval *def = NULL, *allowed = NULL;
	php_fileq_classes_t classes;
	zend_string *bytes, *refused;
	zend_result ok;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(def)
		Z_PARAM_ZVAL(allowed)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	if (php_fileq_classes_init(&classes, allowed, 3) == FAILURE) {
		RETURN_THROWS();
	}
	rc = php_fileq_shared_memory_read(&self->s, (long) key, &bytes, &err);
	if (rc != FQ_OK) {
		php_fileq_classes_destroy(&classes);
	}
	if (rc == FQ_ENOENT) {
		if (def != NULL) {
			RETURN_COPY(def);
		}
		RETURN_NULL();
	}
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	ok = php_fileq_unserialize_ex(ZSTR_VAL(bytes), ZSTR_LEN(bytes), 0, &classes, return_value, &refused);
	php_fileq_classes_destroy(&classes);
	zend_string_efree(bytes);
	if (ok == FAILURE) {
		if (refused != NULL) {
			zend_throw_exception_ex(php_fileq_exception_ce, 0,
				"shared memory key 0x%x (id %d): variable key " ZEND_LONG_FMT " names enum %s, which allowedClasses does not allow",
				(unsigned) self->s.key, self->s.id, key, ZSTR_VAL(refused));
			zend_string_release(refused);
		} else if (!EG(exception)) {
			zend_throw_exception_ex(php_fileq_corrupt_exception_ce, 0,
				"shared memory key 0x%x (id %d): variable key " ZEND_LONG_FMT " is not a serialized value",
				(unsigned) self->s.key, self->s.id, key);
		}
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_SharedMemory, has)
{
	fq_error_t err;
	zend_long key;
	int found = 0;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(key)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	if (fq_shm_has(&self->s, (long) key, &found, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_BOOL(found);
}

PHP_METHOD(FileQ_SharedMemory, delete)
{
	fq_error_t err;
	zend_long key;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(key)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	rc = fq_shm_remove_var(&self->s, (long) key, &err);
	if (rc != FQ_OK && rc != FQ_ENOENT) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_SharedMemory, keys)
{
	fq_error_t err;
	size_t cap = 64, count = 0, i;
	long *keys;
	int rc;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	keys = safe_emalloc(cap, sizeof(long), 0);
	while ((rc = fq_shm_keys(&self->s, keys, cap, &count, &err)) == FQ_ETOOBIG && count > cap) {
		cap = count;
		keys = safe_erealloc(keys, cap, sizeof(long), 0);
	}
	if (rc != FQ_OK) {
		efree(keys);
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) count);
	for (i = 0; i < count; i++) {
		add_next_index_long(return_value, keys[i]);
	}
	efree(keys);
}

PHP_METHOD(FileQ_SharedMemory, stat)
{
	fq_error_t err;
	fq_shm_usage_t u;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	if (fq_shm_usage(&self->s, &u, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	array_init(return_value);
	add_assoc_long(return_value, "size", (zend_long) self->s.size);
	add_assoc_long(return_value, "total", u.total);
	add_assoc_long(return_value, "used", u.used);
	add_assoc_long(return_value, "free", u.free);
	add_assoc_long(return_value, "count", u.count);
}

PHP_METHOD(FileQ_SharedMemory, remove)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	if (fq_shm_destroy(&self->s, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	fq_shm_detach(&self->s);
}

PHP_METHOD(FileQ_SharedMemory, getKey)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	RETURN_LONG(self->s.key);
}

PHP_METHOD(FileQ_SharedMemory, getId)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SHARED_MEMORY_THIS();
	RETURN_LONG(self->s.id);
}

/* var_dump(): key, id, stat; an error instead of throwing. */
static HashTable *php_fileq_shared_memory_debug_info(zend_object *obj, int *is_temp)
{
	static const php_fileq_debug_field_t fields[] = {
		{ "key", "getKey" },
		{ "id", "getId" },
		{ "stat", "stat" },
		{ NULL, NULL }
	};
	HashTable *ht = zend_new_array(4);

	*is_temp = 1;
	(void) php_fileq_debug_fields(obj, ht, fields);
	return ht;
}

static void php_fileq_shared_memory_minit(int module_number)
{
	(void) module_number;
	php_fileq_shared_memory_interface_ce = register_class_FileQ_SharedMemoryInterface();
	php_fileq_shared_memory_ce = register_class_FileQ_SharedMemory(php_fileq_shared_memory_interface_ce);
	php_fileq_shared_memory_ce->create_object = php_fileq_shared_memory_create;

	memcpy(&php_fileq_shared_memory_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_fileq_shared_memory_handlers.offset = offsetof(php_fileq_shared_memory_t, std);
	php_fileq_shared_memory_handlers.free_obj = php_fileq_shared_memory_free;
	php_fileq_shared_memory_handlers.clone_obj = NULL;
	php_fileq_shared_memory_handlers.get_debug_info = php_fileq_shared_memory_debug_info;
	php_fileq_shared_memory_handlers.compare = zend_objects_not_comparable;
}

const php_fileq_subsystem_t php_fileq_shared_memory_subsystem = {
	"shared_memory", php_fileq_shared_memory_minit, NULL, NULL, NULL, NULL
};
