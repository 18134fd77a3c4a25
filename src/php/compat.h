/*
 * The standard IPC functions fileq provides when PHP lacks their extension
 * ("stand-ins"): one descriptor per family (sysvmsg, sysvsem, sysvshm,
 * posix, pcntl, shmop), each in its own compat_<family>.c and declared in its
 * compat_<family>.h. compat.c holds the table of them and drives it: at
 * MINIT it registers every family whose extension is not loaded, at RINIT
 * and RSHUTDOWN it runs the active families' request hooks, at MSHUTDOWN it
 * unregisters them; MINFO and FileQ\compat() say which are active.
 */
#ifndef PHP_FILEQ_COMPAT_H
#define PHP_FILEQ_COMPAT_H

#include "php.h"
#include "src/php/subsystem.h"

typedef struct php_fileq_compat_family {
	const char *name;       /* FileQ\compat()'s key; MINFO says "<name> functions" */
	const char *extension;  /* the module whose absence enables the family (loaded, it starts first: ZEND_MOD_OPTIONAL) */
	const zend_function_entry *functions;  /* the family's stub's ext_functions */
	/* lowercase names of the classes register_symbols adds, NULL-terminated (NULL: none); removed at MSHUTDOWN */
	const char *const *classes;
	/*
	 * The hooks, each NULL when not needed. Once the functions are
	 * registered: register_symbols (the stub's classes and constants), then
	 * minit (anything else: php.ini settings). mshutdown runs before the
	 * classes and functions go. rinit and rshutdown run per request, for an
	 * active family only, rshutdown before the signal table's
	 * (php_fileq_signals_subsystem ends after the stand-ins).
	 */
	void (*register_symbols)(int module_number);
	void (*minit)(int module_number);
	void (*mshutdown)(void);
	void (*rinit)(void);
	void (*rshutdown)(void);
} php_fileq_compat_family_t;

/*
 * Sets up a stand-in's handle class (SysvMessageQueue, SysvSemaphore,
 * SysvSharedMemory, Shmop) as its extension does: objects made by create, their
 * zend_object at offset, no new (get_constructor throws the extension's
 * error), no clone, no comparison; free_obj NULL keeps the standard one.
 */
void php_fileq_compat_handle_class(zend_class_entry *ce, zend_object_handlers *handlers, size_t offset,
	zend_object *(*create)(zend_class_entry *ce), zend_function *(*get_constructor)(zend_object *obj),
	zend_object_free_obj_t free_obj);

/*
 * MINIT registers FileQ\compat() and every family whose extension is not
 * loaded, MSHUTDOWN unregisters them, RINIT/RSHUTDOWN run the active
 * families' hooks; MINFO says which families are provided.
 */
extern const php_fileq_subsystem_t php_fileq_compat_subsystem;

#endif /* PHP_FILEQ_COMPAT_H */
