#ifndef PHP_FILEQ_SHARED_MEMORY_H
#define PHP_FILEQ_SHARED_MEMORY_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/sysv_shm.h"

typedef struct php_fileq_shared_memory {
	fq_shm_t s;
	bool open;
	zend_object std;
} php_fileq_shared_memory_t;

extern zend_class_entry *php_fileq_shared_memory_ce;
extern zend_class_entry *php_fileq_shared_memory_interface_ce;

static inline php_fileq_shared_memory_t *php_fileq_shared_memory_from_obj(zend_object *obj)
{
	return (php_fileq_shared_memory_t *) ((char *) obj - offsetof(php_fileq_shared_memory_t, std));
}

extern const php_fileq_subsystem_t php_fileq_shared_memory_subsystem;

/*
 * The bytes stored under vkey, whatever their size (fq_shm_get() into a new
 * zend_string, NUL-terminated): FQ_OK with *out set, else the core's status
 * with err filled and *out NULL. For SharedMemory::get() and shm_get_var().
 */
int php_fileq_shared_memory_read(const fq_shm_t *s, long vkey, zend_string **out, fq_error_t *err);

#endif /* PHP_FILEQ_SHARED_MEMORY_H */
