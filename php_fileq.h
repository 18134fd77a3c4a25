/* fileq: fast, safe inter-process communication for PHP. */
#ifndef PHP_FILEQ_H
#define PHP_FILEQ_H

extern zend_module_entry fileq_module_entry;
#define phpext_fileq_ptr &fileq_module_entry

/* The one place the version is defined; package.xml and MINFO agree with it. */
#define PHP_FILEQ_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_FILEQ)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#ifndef PHP_WIN32
# include "src/core/signals.h"  /* FQ_SIG_MAX */
#endif

ZEND_BEGIN_MODULE_GLOBALS(fileq)
	zend_string *queue_file;  /* fileq.queue_file: the seed functions' file when no global names one (its length: a NUL byte in it is refused) */
	double lock_timeout;  /* fileq.lock_timeout: seconds a queue lock is waited for; -1: for ever */
	HashTable *seed_files;  /* the seed functions' open queue files, by path (persistent, kept across requests) */
	zend_ulong seed_request;  /* requests ended in this thread: when a cached file's open_basedir was checked */
	uint32_t seed_callbacks;  /* seed callbacks running now: a call from one may name its locked file another way */
	zend_string *seed_last_path;  /* the path string of this request's last seed call (a reference held) ... */
	struct php_fileq_seed_file *seed_last;  /* ... and its file (src/php/seed_api.c): the same string skips the lookup */
#ifndef PHP_WIN32
	/* the posix_* and pcntl_* stand-ins (src/php/compat_posix.c, compat_pcntl.c), as ext/posix and ext/pcntl keep theirs */
	int posix_errno;  /* posix_get_last_error(): per thread, never reset between requests */
	int pcntl_errno;  /* pcntl_get_last_error(); it and the two below are reset at RINIT */
	bool pcntl_async;  /* pcntl_async_signals() */
	zval pcntl_handlers[FQ_SIG_MAX + 1];  /* what pcntl_signal() was given per signal (UNDEF: never set, SIG_DFL) */
#endif
ZEND_END_MODULE_GLOBALS(fileq)

ZEND_EXTERN_MODULE_GLOBALS(fileq)
#define FILEQ_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(fileq, v)

#endif /* PHP_FILEQ_H */
