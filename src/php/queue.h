#ifndef PHP_FILEQ_QUEUE_H
#define PHP_FILEQ_QUEUE_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/queue.h"

typedef struct php_fileq_queue {
	fq_queue_t q;
	zend_string *path;  /* keeps q.path alive */
	bool open;
	uint32_t max_attempts;  /* reserve(): hand-outs before a job is set aside (0: no limit) */
	zend_object std;
} php_fileq_queue_t;

extern zend_class_entry *php_fileq_queue_ce;
extern zend_class_entry *php_fileq_queue_interface_ce;

static inline php_fileq_queue_t *php_fileq_queue_from_obj(zend_object *obj)
{
	return (php_fileq_queue_t *) ((char *) obj - offsetof(php_fileq_queue_t, std));
}

/* The object behind $this, or NULL (with an Error thrown) when the constructor never ran. */
php_fileq_queue_t *php_fileq_queue_this(zval *this_ptr);

#define PHP_FILEQ_QUEUE_THIS() \
	php_fileq_queue_t *self = php_fileq_queue_this(ZEND_THIS); \
	if (self == NULL) { \
		RETURN_THROWS(); \
	}

/*
 * After a take (pop, shift, reserve) found nothing: 1 to look again (a push,
 * a release or a holder's end may have made something ready), 0 to return
 * null (no timeout asked, the deadline passed, or a signal's handler ran),
 * -1 with an exception thrown.
 */
int php_fileq_queue_wait_more(php_fileq_queue_t *self, double timeout, int64_t deadline);

/* What stats() and jobStats() report, read under one lock so that it fits together (census: NULL when not wanted). */
typedef struct php_fileq_queue_snapshot {
	fq_state_t st;
	uint64_t file_size;
	uint64_t delayed;
	int64_t next_due;
	fq_jobs_census_t census;
} php_fileq_queue_snapshot_t;

zend_result php_fileq_queue_snapshot(php_fileq_queue_t *self, php_fileq_queue_snapshot_t *snap, bool census);

extern const php_fileq_subsystem_t php_fileq_queue_subsystem;

#endif /* PHP_FILEQ_QUEUE_H */
