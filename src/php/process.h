#ifndef PHP_FILEQ_PROCESS_H
#define PHP_FILEQ_PROCESS_H

#include "php.h"

extern zend_class_entry *php_fileq_process_ce;

void php_fileq_register_process(void);

#endif /* PHP_FILEQ_PROCESS_H */
