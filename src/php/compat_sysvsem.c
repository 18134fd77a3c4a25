/*
 * sem_* and SysvSemaphore for a PHP without ext/sysvsem: the same signatures,
 * return values and warnings, and the same three-semaphore set (sysv_sem.h),
 * on the bare steps of src/core/sysv_sem.c. As sysvsem, the acquire count
 * belongs to the object (a forked child inherits it) and errno is the
 * kernel's.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>

#include "php.h"

#include "src/core/sysv_sem.h"
#include "src/php/compat_sysvsem.h"
#include "stubs/compat_sysvsem_arginfo.h"

typedef struct php_fileq_compat_sem {
	int key;           /* for the warnings, as sysvsem keeps it */
	int semid;
	int count;         /* acquisitions through this object; -1 once removed */
	int auto_release;
	zend_object std;
} php_fileq_compat_sem_t;

static zend_class_entry *php_fileq_compat_sem_ce;
static zend_object_handlers php_fileq_compat_sem_handlers;

static inline php_fileq_compat_sem_t *php_fileq_compat_sem_from_obj(zend_object *obj)
{
	return (php_fileq_compat_sem_t *) ((char *) obj - offsetof(php_fileq_compat_sem_t, std));
}

#define Z_FQ_COMPAT_SEM_P(zv) php_fileq_compat_sem_from_obj(Z_OBJ_P(zv))

static zend_object *php_fileq_compat_sem_create(zend_class_entry *ce)
{
	php_fileq_compat_sem_t *self = zend_object_alloc(sizeof(php_fileq_compat_sem_t), ce);

	self->semid = -1;
	self->count = -1;  /* nothing to give back until sem_get() fills it in */
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_compat_sem_handlers;
	return &self->std;
}

static zend_function *php_fileq_compat_sem_get_constructor(zend_object *obj)
{
	(void) obj;
	zend_throw_error(NULL, "Cannot directly construct SysvSemaphore, use sem_get() instead");
	return NULL;
}

/* As sysvsem: with auto_release, leave USAGE and give back what this object still holds. */
static void php_fileq_compat_sem_free(zend_object *obj)
{
	php_fileq_compat_sem_t *self = php_fileq_compat_sem_from_obj(obj);

	if (self->count != -1 && self->auto_release) {
		fq_sem_kernel_close(self->semid, self->count);
	}
	zend_object_std_dtor(obj);
}

ZEND_FUNCTION(sem_get)
{
	zend_long key, max_acquire = 1, perm = 0666;
	bool auto_release = true;
	php_fileq_compat_sem_t *sem;
	int semid, usage = -1;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "l|llb", &key, &max_acquire, &perm, &auto_release) == FAILURE) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_sem_kernel_get((int32_t) key, (int) perm, &semid, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
		RETURN_FALSE;
	}
	/* sysvsem's steps, each warning and going on when it fails */
	if (fq_sem_kernel_enter(semid, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed acquiring SYSVSEM_SETVAL for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
	}
	if (fq_sem_kernel_usage(semid, &usage, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
	}
	if (usage == 1 && fq_sem_kernel_setmax(semid, (int) max_acquire, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
	}
	if (fq_sem_kernel_leave(semid, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed releasing SYSVSEM_SETVAL for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
	}

	object_init_ex(return_value, php_fileq_compat_sem_ce);
	sem = Z_FQ_COMPAT_SEM_P(return_value);
	sem->key = (int) key;
	sem->semid = semid;
	sem->count = 0;
	sem->auto_release = auto_release;
}

static void php_fileq_compat_sem_op(INTERNAL_FUNCTION_PARAMETERS, bool acquire)
{
	zval *zsem;
	bool nowait = false;
	php_fileq_compat_sem_t *sem;
	fq_error_t err;

	if (acquire) {
		if (zend_parse_parameters(ZEND_NUM_ARGS(), "O|b", &zsem, php_fileq_compat_sem_ce, &nowait) == FAILURE) {
			RETURN_THROWS();
		}
	} else if (zend_parse_parameters(ZEND_NUM_ARGS(), "O", &zsem, php_fileq_compat_sem_ce) == FAILURE) {
		RETURN_THROWS();
	}
	sem = Z_FQ_COMPAT_SEM_P(zsem);
	if (!acquire && sem->count == 0) {
		php_error_docref(NULL, E_WARNING, "SysV semaphore for key 0x%x is not currently acquired", sem->key);
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	if (fq_sem_kernel_op(sem->semid, acquire ? -1 : 1, nowait, &err) != FQ_OK) {
		if (err.sys_errno != EAGAIN) {
			php_error_docref(NULL, E_WARNING, "Failed to %s key 0x%x: %s", acquire ? "acquire" : "release", sem->key,
				strerror(err.sys_errno));
		}
		RETURN_FALSE;
	}
	sem->count += acquire ? 1 : -1;
	RETURN_TRUE;
}

ZEND_FUNCTION(sem_acquire)
{
	php_fileq_compat_sem_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_FUNCTION(sem_release)
{
	php_fileq_compat_sem_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_FUNCTION(sem_remove)
{
	zval *zsem;
	php_fileq_compat_sem_t *sem;
	fq_error_t err;
	int rc;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "O", &zsem, php_fileq_compat_sem_ce) == FAILURE) {
		RETURN_THROWS();
	}
	sem = Z_FQ_COMPAT_SEM_P(zsem);
	fq_error_clear(&err);
	rc = fq_sem_kernel_remove(sem->semid, &err);
	if (rc == FQ_ENOENT) {
		php_error_docref(NULL, E_WARNING, "SysV semaphore for key 0x%x does not (any longer) exist", sem->key);
		RETURN_FALSE;
	}
	if (rc != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed for SysV semaphore for key 0x%x: %s", sem->key, strerror(err.sys_errno));
		RETURN_FALSE;
	}
	sem->count = -1;  /* removed: nothing to give back when the object goes */
	RETURN_TRUE;
}

/* SysvSemaphore: a handle (no new, no clone, no comparison) that gives back what it holds when it goes. */
static void php_fileq_compat_sysvsem_symbols(int module_number)
{
	(void) module_number;
	php_fileq_compat_sem_ce = register_class_SysvSemaphore();
	php_fileq_compat_handle_class(php_fileq_compat_sem_ce, &php_fileq_compat_sem_handlers,
		offsetof(php_fileq_compat_sem_t, std), php_fileq_compat_sem_create, php_fileq_compat_sem_get_constructor,
		php_fileq_compat_sem_free);
}

static const char *const php_fileq_compat_sysvsem_classes[] = { "sysvsemaphore", NULL };

const php_fileq_compat_family_t php_fileq_compat_sysvsem_family = {
	.name = "sysvsem",
	.extension = "sysvsem",
	.functions = ext_functions,
	.classes = php_fileq_compat_sysvsem_classes,
	.register_symbols = php_fileq_compat_sysvsem_symbols,
};
