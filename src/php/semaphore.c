/* FileQ\Semaphore: the binding of src/core/sysv_sem.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "src/core/ipcs.h"
#include "src/php/exceptions.h"
#include "src/php/ipc.h"
#include "src/php/semaphore.h"
#include "src/php/signals.h"
#include "src/php/util.h"
#include "stubs/semaphore_arginfo.h"

zend_class_entry *php_fileq_semaphore_ce;
static zend_object_handlers php_fileq_semaphore_handlers;

static zend_object *php_fileq_semaphore_create(zend_class_entry *ce)
{
	php_fileq_semaphore_t *self = zend_object_alloc(sizeof(php_fileq_semaphore_t), ce);

	self->s.id = -1;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_semaphore_handlers;
	return &self->std;
}

/* As sysvsem's free: with autoRelease, leave the usage count and give back what is still held. */
static void php_fileq_semaphore_free(zend_object *obj)
{
	php_fileq_semaphore_t *self = php_fileq_semaphore_from_obj(obj);
	fq_error_t err;

	if (self->open) {
		fq_error_clear(&err);
		fq_sem_close(&self->s, self->auto_release, &err);
		self->open = false;
	}
	zend_object_std_dtor(obj);
}

static php_fileq_semaphore_t *php_fileq_semaphore_this(zval *this_ptr)
{
	php_fileq_semaphore_t *self = php_fileq_semaphore_from_obj(Z_OBJ_P(this_ptr));

	if (!self->open) {
		zend_throw_error(NULL, "FileQ\\Semaphore has not been constructed");
		return NULL;
	}
	return self;
}

#define PHP_FILEQ_SEMAPHORE_THIS() \
	php_fileq_semaphore_t *self = php_fileq_semaphore_this(ZEND_THIS); \
	if (self == NULL) { \
		RETURN_THROWS(); \
	}

static void php_fileq_semaphore_open(zval *object, int32_t key, zend_long max_acquire, zend_long permissions, bool auto_release)
{
	php_fileq_semaphore_t *self = php_fileq_semaphore_from_obj(Z_OBJ_P(object));
	fq_error_t err;

	if (self->open) {
		zend_throw_error(NULL, "FileQ\\Semaphore is already constructed");
		return;
	}
	fq_error_clear(&err);
	if (fq_sem_open(&self->s, key, (int) max_acquire, (unsigned) permissions, php_fileq_lock_timeout_ns(-1), &err) != FQ_OK) {
		php_fileq_throw(&err);
		return;
	}
	self->auto_release = auto_release;
	self->open = true;
}

static zend_result php_fileq_semaphore_args(zend_long max_acquire, uint32_t max_arg, zend_long permissions)
{
	if (max_acquire < 1 || max_acquire > FQ_SEM_MAX_ACQUIRE) {
		zend_argument_value_error(max_arg, "must be between 1 and %d", FQ_SEM_MAX_ACQUIRE);
		return FAILURE;
	}
	return php_fileq_ipc_perms(permissions, max_arg + 1);
}

PHP_METHOD(FileQ_Semaphore, __construct)
{
	zend_long key, max_acquire = 1, permissions = 0600;
	bool auto_release = true;
	int32_t k;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_LONG(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(max_acquire)
		Z_PARAM_LONG(permissions)
		Z_PARAM_BOOL(auto_release)
	ZEND_PARSE_PARAMETERS_END();

	if (php_fileq_ipc_key(key, 1, &k) == FAILURE || php_fileq_semaphore_args(max_acquire, 2, permissions) == FAILURE) {
		RETURN_THROWS();
	}
	php_fileq_semaphore_open(ZEND_THIS, k, max_acquire, permissions, auto_release);
}

PHP_METHOD(FileQ_Semaphore, fromPath)
{
	zend_string *path, *project = NULL;
	zend_long max_acquire = 1, permissions = 0600;
	bool auto_release = true;
	int32_t k;

	ZEND_PARSE_PARAMETERS_START(1, 5)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(project)
		Z_PARAM_LONG(max_acquire)
		Z_PARAM_LONG(permissions)
		Z_PARAM_BOOL(auto_release)
	ZEND_PARSE_PARAMETERS_END();

	if (project == NULL) {
		project = ZSTR_CHAR('s');
	}
	if (php_fileq_ipc_ftok(path, project, 1, &k) == FAILURE || php_fileq_semaphore_args(max_acquire, 3, permissions) == FAILURE) {
		RETURN_THROWS();
	}
	object_init_ex(return_value, php_fileq_semaphore_ce);
	php_fileq_semaphore_open(return_value, k, max_acquire, permissions, auto_release);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

/* Acquires until deadline_ns, running PHP's signal handlers when a signal interrupts the wait. */
static int php_fileq_semaphore_acquire(php_fileq_semaphore_t *self, int64_t deadline_ns, fq_error_t *err)
{
	int rc;

	PHP_FILEQ_RETRY(rc, fq_sem_acquire(&self->s, deadline_ns, err));
	return rc;
}

PHP_METHOD(FileQ_Semaphore, acquire)
{
	fq_error_t err;
	double timeout = -1;
	int64_t deadline;
	int rc;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_SEMAPHORE_THIS();
	if (php_fileq_deadline(timeout, 1, &deadline) == FAILURE) {
		RETURN_THROWS();
	}
	rc = php_fileq_semaphore_acquire(self, deadline, &err);
	if (rc == FQ_ETIMEOUT) {
		RETURN_FALSE;
	}
	if (rc != FQ_OK) {
		if (!EG(exception)) {
			php_fileq_throw(&err);
		}
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_METHOD(FileQ_Semaphore, release)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SEMAPHORE_THIS();
	if (fq_sem_release(&self->s, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Semaphore, synchronized)
{
	fq_error_t err;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	zval arg;
	long held;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_SEMAPHORE_THIS();
	if (php_fileq_semaphore_acquire(self, -1, &err) != FQ_OK) {
		if (!EG(exception)) {
			php_fileq_throw(&err);
		}
		RETURN_THROWS();
	}
	held = fq_sem_held(&self->s);
	ZVAL_OBJ(&arg, Z_OBJ_P(ZEND_THIS));
	fci.retval = return_value;
	fci.params = &arg;
	fci.param_count = 1;
	zend_call_function(&fci, &fcc);
	/* released however $fn ended (an exception stays the one thrown; a failed release is chained to it) */
	if (fq_sem_held(&self->s) >= held) {
		fq_error_clear(&err);
		if (fq_sem_release(&self->s, &err) != FQ_OK) {
			php_fileq_throw(&err);
		}
	}
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Semaphore, isHeld)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SEMAPHORE_THIS();
	RETURN_BOOL(fq_sem_held(&self->s) > 0);
}

PHP_METHOD(FileQ_Semaphore, getValue)
{
	fq_error_t err;
	int value = 0;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SEMAPHORE_THIS();
	if (fq_sem_value(&self->s, &value, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_LONG(value);
}

PHP_METHOD(FileQ_Semaphore, remove)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SEMAPHORE_THIS();
	if (fq_sem_remove(&self->s, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Semaphore, getKey)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SEMAPHORE_THIS();
	RETURN_LONG(self->s.key);
}

PHP_METHOD(FileQ_Semaphore, getId)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_SEMAPHORE_THIS();
	RETURN_LONG(self->s.id);
}

/* var_dump(): key, id, held, value; an error instead of throwing. */
static HashTable *php_fileq_semaphore_debug_info(zend_object *obj, int *is_temp)
{
	static const php_fileq_debug_field_t fields[] = {
		{ "key", "getKey" },
		{ "id", "getId" },
		{ "held", "isHeld" },
		{ "value", "getValue" },
		{ NULL, NULL }
	};
	HashTable *ht = zend_new_array(4);

	*is_temp = 1;
	(void) php_fileq_debug_fields(obj, ht, fields);
	return ht;
}

static void php_fileq_semaphore_minit(int module_number)
{
	(void) module_number;
	php_fileq_semaphore_ce = register_class_FileQ_Semaphore();
	php_fileq_semaphore_ce->create_object = php_fileq_semaphore_create;

	memcpy(&php_fileq_semaphore_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_fileq_semaphore_handlers.offset = offsetof(php_fileq_semaphore_t, std);
	php_fileq_semaphore_handlers.free_obj = php_fileq_semaphore_free;
	php_fileq_semaphore_handlers.clone_obj = NULL;
	php_fileq_semaphore_handlers.get_debug_info = php_fileq_semaphore_debug_info;
	php_fileq_semaphore_handlers.compare = zend_objects_not_comparable;
}

const php_fileq_subsystem_t php_fileq_semaphore_subsystem = {
	"semaphore", php_fileq_semaphore_minit, NULL, NULL, NULL, NULL
};
