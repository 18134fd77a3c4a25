/*
 * The standard IPC functions fileq provides when PHP lacks their extension
 * (sysvmsg, sysvsem, sysvshm, posix, pcntl): which families are active in
 * this process, FileQ\compat(), and the helpers the family bindings share.
 */
#ifndef PHP_FILEQ_COMPAT_H
#define PHP_FILEQ_COMPAT_H

#include "php.h"
#include "src/php/subsystem.h"

/* The families, as bits of php_fileq_compat_active(). */
#define PHP_FILEQ_COMPAT_SYSVMSG 1
#define PHP_FILEQ_COMPAT_SYSVSEM 2
#define PHP_FILEQ_COMPAT_SYSVSHM 4
#define PHP_FILEQ_COMPAT_POSIX   8
#define PHP_FILEQ_COMPAT_PCNTL   16

/*
 * MINIT registers FileQ\compat() and every family whose extension is not
 * loaded, MSHUTDOWN unregisters them; MINFO says which.
 */
extern const php_fileq_subsystem_t php_fileq_compat_subsystem;

/* Bits of the families fileq provides in this process. */
int php_fileq_compat_active(void);

/* Per family (compat_sysv*.c): register at MINIT, unregister at MSHUTDOWN. */
void php_fileq_compat_sysvmsg_register(int module_number);
void php_fileq_compat_sysvmsg_unregister(void);
void php_fileq_compat_sysvsem_register(int module_number);
void php_fileq_compat_sysvsem_unregister(void);
void php_fileq_compat_sysvshm_register(int module_number);
void php_fileq_compat_sysvshm_unregister(void);

#endif /* PHP_FILEQ_COMPAT_H */
