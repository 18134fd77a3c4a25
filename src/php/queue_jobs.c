/*
 * FileQ\Queue's reliable consumption (a queue made with Queue::JOBS; the core
 * is src/core/jobs.c): reserve() hands a job out and keeps it, ack() removes
 * it, release() gives it back; deadLetters() and requeueDeadLetters() for the
 * jobs set aside after maxAttempts hand-outs.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif


#include "php.h"
#include "zend_exceptions.h"

#include "src/php/exceptions.h"
#include "src/php/job.h"
#include "src/php/queue.h"
#include "src/php/util.h"

/* The Job argument: its core handle, or NULL with an Error thrown for one made by hand. */
static const fq_job_t *php_fileq_job_arg(zval *job)
{
	php_fileq_job_t *j = php_fileq_job_from_obj(Z_OBJ_P(job));

	if (j->job.id == 0) {
		zend_argument_value_error(1, "must be a job handed out by FileQ\\Queue::reserve()");
		return NULL;
	}
	return &j->job;
}

/* {{{ ?FileQ\Job reserve(float $timeout = 0, ?float $visibility = null) */
PHP_METHOD(FileQ_Queue, reserve)
{
	fq_error_t err;
	fq_job_t job;
	zend_string *buf;
	double timeout = 0, visibility = 0;
	bool visibility_null = true;
	int64_t deadline = 0, visibility_ns = 0;
	size_t len;
	int found, more;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
		Z_PARAM_DOUBLE_OR_NULL(visibility, visibility_null)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (timeout != 0 && php_fileq_deadline(timeout, 1, &deadline) != SUCCESS) {
		RETURN_THROWS();
	}
	if (!visibility_null) {
		if (!(visibility > 0) || visibility > 1e9) {
			zend_argument_value_error(2, "must be null (held until ack or release) or a number of seconds > 0");
			RETURN_THROWS();
		}
		visibility_ns = (int64_t) (visibility * 1e9);
	}
	buf = zend_string_alloc(fq_queue_max_payload(&self->q), 0);
	for (;;) {
		if (fq_queue_reserve(&self->q, visibility_ns, self->max_attempts, (unsigned char *) ZSTR_VAL(buf), &len,
				&job, &found, &err) != FQ_OK) {
			zend_string_efree(buf);
			php_fileq_throw(&err);
			RETURN_THROWS();
		}
		if (found) {
			php_fileq_job_make(return_value, &job, php_fileq_payload(buf, 0, len));
			return;
		}
		if ((more = php_fileq_queue_wait_more(self, timeout, deadline)) <= 0) {
			zend_string_efree(buf);
			if (more < 0) {
				RETURN_THROWS();
			}
			RETURN_NULL();
		}
	}
}
/* }}} */

static void php_fileq_queue_settle(INTERNAL_FUNCTION_PARAMETERS, int ack)
{
	fq_error_t err;
	const fq_job_t *job;
	zval *arg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(arg, php_fileq_job_ce)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if ((job = php_fileq_job_arg(arg)) == NULL) {
		RETURN_THROWS();
	}
	if ((ack ? fq_queue_ack(&self->q, job, &err) : fq_queue_release(&self->q, job, &err)) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Queue, ack)
{
	php_fileq_queue_settle(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

PHP_METHOD(FileQ_Queue, release)
{
	php_fileq_queue_settle(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

static int php_fileq_dead_letter(void *ctx, const fq_job_t *job, const unsigned char *data, size_t len)
{
	zval entry;

	array_init(&entry);
	add_assoc_long(&entry, "id", (zend_long) job->id);
	add_assoc_long(&entry, "attempts", (zend_long) job->attempts);
	add_assoc_stringl(&entry, "data", (const char *) data, len);
	add_next_index_zval((zval *) ctx, &entry);
	return 0;
}

static int php_fileq_held_job(void *ctx, const fq_job_t *job, const unsigned char *data, size_t len)
{
	zval entry;

	array_init(&entry);
	add_assoc_long(&entry, "id", (zend_long) job->id);
	add_assoc_long(&entry, "attempts", (zend_long) job->attempts);
	add_assoc_long(&entry, "holder", (zend_long) job->holder);
	add_assoc_bool(&entry, "orphaned", job->orphaned);
	add_assoc_stringl(&entry, "data", (const char *) data, len);
	add_next_index_zval((zval *) ctx, &entry);
	return 0;
}

/* deadLetters() / heldJobs(): a list built by the core's visit of the window. */
static void php_fileq_jobs_list(INTERNAL_FUNCTION_PARAMETERS,
	int (*list)(fq_queue_t *, fq_jobs_visit_t, void *, unsigned char *, fq_error_t *), fq_jobs_visit_t visit)
{
	fq_error_t err;
	zend_string *buf;
	int rc;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	buf = zend_string_alloc(fq_queue_max_payload(&self->q), 0);
	array_init(return_value);
	rc = list(&self->q, visit, return_value, (unsigned char *) ZSTR_VAL(buf), &err);
	zend_string_efree(buf);
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

/* {{{ array deadLetters() */
PHP_METHOD(FileQ_Queue, deadLetters)
{
	php_fileq_jobs_list(INTERNAL_FUNCTION_PARAM_PASSTHRU, fq_queue_dead_letters, php_fileq_dead_letter);
}
/* }}} */

/* {{{ array heldJobs() */
PHP_METHOD(FileQ_Queue, heldJobs)
{
	php_fileq_jobs_list(INTERNAL_FUNCTION_PARAM_PASSTHRU, fq_queue_held_jobs, php_fileq_held_job);
}
/* }}} */

/* {{{ int requeueDeadLetters() */
PHP_METHOD(FileQ_Queue, requeueDeadLetters)
{
	fq_error_t err;
	zend_string *buf;
	uint64_t moved = 0;
	int rc;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	buf = zend_string_alloc(fq_queue_max_payload(&self->q), 0);
	rc = fq_queue_requeue_dead(&self->q, (unsigned char *) ZSTR_VAL(buf), &moved, &err);
	zend_string_efree(buf);
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) moved);
}
/* }}} */

/* {{{ array jobStats() */
PHP_METHOD(FileQ_Queue, jobStats)
{
	php_fileq_queue_snapshot_t snap;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	if (php_fileq_queue_snapshot(self, &snap, true) != SUCCESS) {
		RETURN_THROWS();
	}
	array_init(return_value);
	add_assoc_long(return_value, "waiting", (zend_long) fq_state_waiting(&self->q, &snap.st));
	add_assoc_long(return_value, "delayed", (zend_long) snap.delayed);
	add_assoc_long(return_value, "held", (zend_long) snap.census.held);
	add_assoc_long(return_value, "released", (zend_long) snap.census.released);
	add_assoc_long(return_value, "orphaned", (zend_long) snap.census.lost);
	add_assoc_long(return_value, "deadLetters", (zend_long) snap.census.dead);
	add_assoc_long(return_value, "reserved", (zend_long) snap.st.reserved);
	add_assoc_long(return_value, "acked", (zend_long) snap.st.acked);
	add_assoc_long(return_value, "maxAttempts", (zend_long) self->max_attempts);
}
/* }}} */
