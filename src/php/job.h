#ifndef PHP_FILEQ_JOB_H
#define PHP_FILEQ_JOB_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/queue.h"

/* FileQ\Job: the core's handle of a held job behind three read-only properties. */
typedef struct php_fileq_job {
	fq_job_t job;
	zend_object std;
} php_fileq_job_t;

extern zend_class_entry *php_fileq_job_ce;

static inline php_fileq_job_t *php_fileq_job_from_obj(zend_object *obj)
{
	return (php_fileq_job_t *) ((char *) obj - offsetof(php_fileq_job_t, std));
}

/* A new FileQ\Job in rv for a job just reserved; data is taken over. */
void php_fileq_job_make(zval *rv, const fq_job_t *job, zend_string *data);

extern const php_fileq_subsystem_t php_fileq_job_subsystem;

#endif /* PHP_FILEQ_JOB_H */
