/* FileQ\Job: what Queue::reserve() returns and Queue::ack()/release() take. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "src/php/job.h"
#include "stubs/job_arginfo.h"

zend_class_entry *php_fileq_job_ce;
static zend_object_handlers php_fileq_job_handlers;

static zend_object *php_fileq_job_create(zend_class_entry *ce)
{
	php_fileq_job_t *self = zend_object_alloc(sizeof(php_fileq_job_t), ce);

	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_job_handlers;
	return &self->std;
}

void php_fileq_job_make(zval *rv, const fq_job_t *job, zend_string *data)
{
	php_fileq_job_t *self;

	object_init_ex(rv, php_fileq_job_ce);
	self = php_fileq_job_from_obj(Z_OBJ_P(rv));
	self->job = *job;
	/*
	 * The declared slots (data, id, attempts: the stub's order), written as
	 * the engine initialises a readonly property: no lookup by name on what
	 * is a per-job path.
	 */
	ZVAL_STR(OBJ_PROP_NUM(&self->std, 0), data);
	ZVAL_LONG(OBJ_PROP_NUM(&self->std, 1), (zend_long) job->id);
	ZVAL_LONG(OBJ_PROP_NUM(&self->std, 2), (zend_long) job->attempts);
	Z_PROP_FLAG_P(OBJ_PROP_NUM(&self->std, 0)) = 0;  /* initialised: no longer "uninit" */
	Z_PROP_FLAG_P(OBJ_PROP_NUM(&self->std, 1)) = 0;
	Z_PROP_FLAG_P(OBJ_PROP_NUM(&self->std, 2)) = 0;
}

/* Private: a Job comes from Queue::reserve() only. */
PHP_METHOD(FileQ_Job, __construct)
{
	(void) return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

static void php_fileq_job_minit(int module_number)
{
	(void) module_number;
	php_fileq_job_ce = register_class_FileQ_Job();
	php_fileq_job_ce->create_object = php_fileq_job_create;

	memcpy(&php_fileq_job_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_fileq_job_handlers.offset = offsetof(php_fileq_job_t, std);
	php_fileq_job_handlers.clone_obj = NULL;
}

const php_fileq_subsystem_t php_fileq_job_subsystem = {
	"job", php_fileq_job_minit, NULL, NULL, NULL, NULL
};
