#ifndef PHP_FILEQ_FIFO_H
#define PHP_FILEQ_FIFO_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/fifo.h"

typedef struct php_fileq_fifo {
	fq_fifo_t f;
	zend_string *path;  /* NULL until the constructor succeeded */
	zend_object std;
} php_fileq_fifo_t;

static inline php_fileq_fifo_t *php_fileq_fifo_from_obj(zend_object *obj)
{
	return (php_fileq_fifo_t *) ((char *) obj - offsetof(php_fileq_fifo_t, std));
}

extern zend_class_entry *php_fileq_fifo_ce;

extern const php_fileq_subsystem_t php_fileq_fifo_subsystem;

#endif /* PHP_FILEQ_FIFO_H */
