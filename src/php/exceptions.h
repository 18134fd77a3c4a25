#ifndef PHP_FILEQ_EXCEPTIONS_H
#define PHP_FILEQ_EXCEPTIONS_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/error.h"

extern zend_class_entry *php_fileq_exception_ce;
extern zend_class_entry *php_fileq_io_exception_ce;
extern zend_class_entry *php_fileq_corrupt_exception_ce;
extern zend_class_entry *php_fileq_too_large_exception_ce;
extern zend_class_entry *php_fileq_timeout_exception_ce;

extern const php_fileq_subsystem_t php_fileq_exceptions_subsystem;

/* Throws the exception that matches a core status: IOException with errno as code, and so on. */
void php_fileq_throw(const fq_error_t *err);

#endif /* PHP_FILEQ_EXCEPTIONS_H */
