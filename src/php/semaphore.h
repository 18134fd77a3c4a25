#ifndef PHP_FILEQ_SEMAPHORE_H
#define PHP_FILEQ_SEMAPHORE_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/sysv_sem.h"

typedef struct php_fileq_semaphore {
	fq_sem_t s;
	bool open;
	bool auto_release;
	zend_object std;
} php_fileq_semaphore_t;

extern zend_class_entry *php_fileq_semaphore_ce;

static inline php_fileq_semaphore_t *php_fileq_semaphore_from_obj(zend_object *obj)
{
	return (php_fileq_semaphore_t *) ((char *) obj - offsetof(php_fileq_semaphore_t, std));
}

extern const php_fileq_subsystem_t php_fileq_semaphore_subsystem;

#endif /* PHP_FILEQ_SEMAPHORE_H */
