#ifndef PHP_FILEQ_SUBSYSTEM_H
#define PHP_FILEQ_SUBSYSTEM_H

/*
 * One part of the extension (a class, a function family, the signal table) as
 * the module sees it: php_fileq.c starts every subsystem of its list in order
 * at MINIT and RINIT, and stops them in reverse at RSHUTDOWN and MSHUTDOWN, so
 * a part registered first (the exceptions) goes last. A hook a subsystem does
 * not need is NULL.
 */
typedef struct php_fileq_subsystem {
	const char *name;
	void (*minit)(int module_number);
	void (*mshutdown)(void);
	void (*rinit)(void);
	void (*rshutdown)(void);
	void (*minfo)(void);
} php_fileq_subsystem_t;

#endif /* PHP_FILEQ_SUBSYSTEM_H */
