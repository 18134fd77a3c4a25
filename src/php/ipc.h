#ifndef PHP_FILEQ_IPC_H
#define PHP_FILEQ_IPC_H

#include "php.h"
#include "src/php/subsystem.h"

extern zend_class_entry *php_fileq_ipc_ce;

extern const php_fileq_subsystem_t php_fileq_ipc_subsystem;

/*
 * Argument checks shared by the SysV classes (MessageQueue, SharedMemory,
 * Semaphore); each throws a ValueError naming argument arg_num and returns
 * FAILURE when the value is out of range.
 */

/* A key in -0x80000000 .. 0xFFFFFFFF, kept as the signed key_t (see src/core/ipcs.h). */
zend_result php_fileq_ipc_key(zend_long value, uint32_t arg_num, int32_t *key);

/* Permission bits 0 .. 0777. */
zend_result php_fileq_ipc_perms(zend_long value, uint32_t arg_num);

/* ftok(path, project): project is one character; a missing path throws FileQ\IOException. */
zend_result php_fileq_ipc_ftok(zend_string *path, zend_string *project, uint32_t path_arg, int32_t *key);


#endif /* PHP_FILEQ_IPC_H */
