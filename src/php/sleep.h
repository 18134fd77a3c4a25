#ifndef PHP_FILEQ_SLEEP_H
#define PHP_FILEQ_SLEEP_H

#include "php.h"
#include "src/php/subsystem.h"

extern const php_fileq_subsystem_t php_fileq_sleep_subsystem;

#endif /* PHP_FILEQ_SLEEP_H */
