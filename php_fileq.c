/* fileq: module entry, ini, MINFO, and the list of subsystems it starts and stops. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"

#if PHP_VERSION_ID < 80200
# error "fileq needs PHP 8.2 or newer (package.xml and README say which versions are tested)"
#endif

#include "php_fileq.h"
#include "src/php/exceptions.h"
#include "src/php/job.h"
#include "src/php/queue.h"
#include "src/php/seed_api.h"
#ifndef PHP_WIN32
# include "src/php/compat.h"
# include "src/php/fifo.h"
# include "src/php/ipc.h"
# include "src/php/message_queue.h"
# include "src/php/process.h"
# include "src/php/semaphore.h"
# include "src/php/shared_memory.h"
# include "src/php/signals.h"
# include "src/php/sleep.h"
#endif
#include "stubs/seed_api_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(fileq)

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("fileq.queue_file", "", PHP_INI_ALL, OnUpdateStr, queue_file,
		zend_fileq_globals, fileq_globals)
	/* Seconds a queue lock is waited for (the seed functions, and a Queue without a lockTimeout); -1: for ever. */
	STD_PHP_INI_ENTRY("fileq.lock_timeout", "60", PHP_INI_ALL, OnUpdateReal, lock_timeout,
		zend_fileq_globals, fileq_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(fileq)
{
#if defined(COMPILE_DL_FILEQ) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	fileq_globals->queue_file = NULL;
	fileq_globals->lock_timeout = 60;
	fileq_globals->seed_files = NULL;
	fileq_globals->seed_request = 0;
	fileq_globals->seed_callbacks = 0;
	fileq_globals->seed_last_path = NULL;
	fileq_globals->seed_last = NULL;
#ifndef PHP_WIN32
	fileq_globals->posix_errno = 0;
	fileq_globals->pcntl_errno = 0;
	fileq_globals->pcntl_async = false;
	for (size_t sig = 0; sig <= FQ_SIG_MAX; sig++) {
		ZVAL_UNDEF(&fileq_globals->pcntl_handlers[sig]);
	}
#endif
}

static PHP_GSHUTDOWN_FUNCTION(fileq)
{
	php_fileq_seed_api_gshutdown(&fileq_globals->seed_files);
}

/*
 * The subsystems, started in this order and stopped in reverse: the
 * exceptions first (every class throws them), the standard-function stand-ins
 * last (they decide what to register by what is loaded by then). On Windows
 * only the queue and the seed functions: the rest is SysV IPC, fork, signals
 * and FIFOs, which are Unix-only (config.w32 does not build them).
 */
static const php_fileq_subsystem_t *const php_fileq_subsystems[] = {
	&php_fileq_exceptions_subsystem,
	&php_fileq_job_subsystem,
	&php_fileq_queue_subsystem,
	&php_fileq_seed_api_subsystem,
#ifndef PHP_WIN32
	&php_fileq_message_queue_subsystem,
	&php_fileq_shared_memory_subsystem,
	&php_fileq_semaphore_subsystem,
	&php_fileq_ipc_subsystem,
	&php_fileq_fifo_subsystem,
	&php_fileq_process_subsystem,
	&php_fileq_signals_subsystem,
	&php_fileq_sleep_subsystem,
	&php_fileq_compat_subsystem,
#endif
};
#define PHP_FILEQ_SUBSYSTEMS (sizeof(php_fileq_subsystems) / sizeof(php_fileq_subsystems[0]))

static PHP_MINIT_FUNCTION(fileq)
{
	size_t i;

	(void) type;
	REGISTER_INI_ENTRIES();
	for (i = 0; i < PHP_FILEQ_SUBSYSTEMS; i++) {
		if (php_fileq_subsystems[i]->minit != NULL) {
			php_fileq_subsystems[i]->minit(module_number);
		}
	}
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(fileq)
{
	size_t i;

	(void) type;
	for (i = PHP_FILEQ_SUBSYSTEMS; i-- > 0; ) {
		if (php_fileq_subsystems[i]->mshutdown != NULL) {
			php_fileq_subsystems[i]->mshutdown();
		}
	}
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(fileq)
{
	size_t i;

	(void) type;
	(void) module_number;
	for (i = 0; i < PHP_FILEQ_SUBSYSTEMS; i++) {
		if (php_fileq_subsystems[i]->rinit != NULL) {
			php_fileq_subsystems[i]->rinit();
		}
	}
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(fileq)
{
	size_t i;

	(void) type;
	(void) module_number;
	for (i = PHP_FILEQ_SUBSYSTEMS; i-- > 0; ) {
		if (php_fileq_subsystems[i]->rshutdown != NULL) {
			php_fileq_subsystems[i]->rshutdown();
		}
	}
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(fileq)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "fileq support", "enabled");
	php_info_print_table_row(2, "Version", PHP_FILEQ_VERSION);
	php_info_print_table_row(2, "Queue formats", "framed (header v1, CRC32C frames), raw (seed layout)");
#ifdef PHP_WIN32
	php_info_print_table_row(2, "Queue lock", "LockFileEx (per call)");
	php_info_print_table_row(2, "Unix-only, not built", "MessageQueue, SharedMemory, Semaphore, Ipc, Process, Fifo, signals, "
		"the sysv*/shmop/posix/pcntl stand-ins");
#else
	php_info_print_table_row(2, "Queue lock", "robust process-shared mutex (framed, Linux), flock (raw, elsewhere)");
	php_info_print_table_row(2, "SysV classes", "MessageQueue, SharedMemory (sysvshm layout), Semaphore (sysvsem layout), Ipc");
	php_info_print_table_row(2, "Process classes", "Process (fork, wait, kill, signals), Fifo");
#endif
	for (size_t i = 0; i < PHP_FILEQ_SUBSYSTEMS; i++) {
		if (php_fileq_subsystems[i]->minfo != NULL) {
			php_fileq_subsystems[i]->minfo();
		}
	}
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep fileq_deps[] = {
	/* Optional: when present they load first and keep their names. */
	ZEND_MOD_OPTIONAL("standard")
	ZEND_MOD_OPTIONAL("spl")
	ZEND_MOD_OPTIONAL("sysvmsg")
	ZEND_MOD_OPTIONAL("sysvsem")
	ZEND_MOD_OPTIONAL("sysvshm")
	ZEND_MOD_OPTIONAL("posix")
	ZEND_MOD_OPTIONAL("pcntl")
	ZEND_MOD_OPTIONAL("shmop")
	ZEND_MOD_END
};

zend_module_entry fileq_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	fileq_deps,
	"fileq",
	ext_functions,
	PHP_MINIT(fileq),
	PHP_MSHUTDOWN(fileq),
	PHP_RINIT(fileq),
	PHP_RSHUTDOWN(fileq),
	PHP_MINFO(fileq),
	PHP_FILEQ_VERSION,
	PHP_MODULE_GLOBALS(fileq),
	PHP_GINIT(fileq),
	PHP_GSHUTDOWN(fileq),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_FILEQ
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(fileq)
#endif
