#ifndef PHP_FILEQ_PROCESS_H
#define PHP_FILEQ_PROCESS_H

#include "php.h"
#include "src/php/subsystem.h"

extern zend_class_entry *php_fileq_process_ce;

extern const php_fileq_subsystem_t php_fileq_process_subsystem;

#endif /* PHP_FILEQ_PROCESS_H */
