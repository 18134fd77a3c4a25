/* fileq: module entry, ini, MINFO; every subsystem registers itself from here. */
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
#include "src/core/queue.h"
#include "src/core/watch.h"
#include "src/php/compat.h"
#include "src/php/compat_pcntl.h"
#include "src/php/exceptions.h"
#include "src/php/queue.h"
#include "src/php/fifo.h"
#include "src/php/ipc.h"
#include "src/php/message_queue.h"
#include "src/php/process.h"
#include "src/php/seed_api.h"
#include "src/php/semaphore.h"
#include "src/php/shared_memory.h"
#include "src/php/signals.h"
#include "stubs/seed_api_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(fileq)

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("fileq.queue_file", "", PHP_INI_ALL, OnUpdateString, queue_file,
		zend_fileq_globals, fileq_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(fileq)
{
#if defined(COMPILE_DL_FILEQ) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	fileq_globals->queue_file = NULL;
	fileq_globals->seed_files = NULL;
	fileq_globals->seed_request = 0;
}

static PHP_GSHUTDOWN_FUNCTION(fileq)
{
	php_fileq_seed_api_gshutdown(&fileq_globals->seed_files);
}

static PHP_MINIT_FUNCTION(fileq)
{
	REGISTER_INI_ENTRIES();
	fq_core_init();
	php_fileq_register_exceptions();
	php_fileq_register_queue();
	php_fileq_register_message_queue();
	php_fileq_register_shared_memory();
	php_fileq_register_semaphore();
	php_fileq_register_ipc();
	php_fileq_register_fifo();
	php_fileq_register_process();
	php_fileq_signals_minit();
	php_fileq_seed_api_minit();
	/* The standard IPC functions, for each extension that is not loaded. */
	php_fileq_compat_minit(module_number);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(fileq)
{
	php_fileq_compat_mshutdown();
	php_fileq_signals_mshutdown();
	fq_watch_shutdown();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(fileq)
{
	(void) type;
	(void) module_number;
	php_fileq_compat_pcntl_rinit();
	return SUCCESS;
}

/* Signal handlers set by FileQ\Process are restored per request; seed files stay open. */
static PHP_RSHUTDOWN_FUNCTION(fileq)
{
	(void) type;
	(void) module_number;
	php_fileq_seed_api_rshutdown();
	php_fileq_compat_pcntl_rshutdown();
	php_fileq_signals_rshutdown();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(fileq)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "fileq support", "enabled");
	php_info_print_table_row(2, "Version", PHP_FILEQ_VERSION);
	php_info_print_table_row(2, "Queue formats", "framed (header v1, CRC32C frames), raw (seed layout)");
	php_info_print_table_row(2, "Queue lock", "robust process-shared mutex (framed, Linux), flock (raw, elsewhere)");
	php_info_print_table_row(2, "SysV classes", "MessageQueue, SharedMemory (sysvshm layout), Semaphore (sysvsem layout), Ipc");
	php_info_print_table_row(2, "Process classes", "Process (fork, wait, kill, signals), Fifo");
	php_fileq_compat_minfo();
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
