/* The registry of the standard IPC families fileq stands in for, and FileQ\compat(). */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"

#include "src/php/compat.h"
#include "src/php/compat_pcntl.h"
#include "src/php/compat_posix.h"
#include "stubs/compat_arginfo.h"

/* posix and pcntl check the module registry themselves; the table already has. */
static void php_fileq_compat_posix_reg(int module_number)
{
	(void) php_fileq_compat_posix_register(module_number);
}

static void php_fileq_compat_pcntl_reg(int module_number)
{
	(void) php_fileq_compat_pcntl_register(module_number);
}

typedef struct php_fileq_compat_family {
	const char *name;  /* the extension's module name */
	int bit;
	void (*reg)(int module_number);
	void (*unreg)(void);
} php_fileq_compat_family_t;

static const php_fileq_compat_family_t php_fileq_compat_families[] = {
	{ "sysvmsg", PHP_FILEQ_COMPAT_SYSVMSG, php_fileq_compat_sysvmsg_register, php_fileq_compat_sysvmsg_unregister },
	{ "sysvsem", PHP_FILEQ_COMPAT_SYSVSEM, php_fileq_compat_sysvsem_register, php_fileq_compat_sysvsem_unregister },
	{ "sysvshm", PHP_FILEQ_COMPAT_SYSVSHM, php_fileq_compat_sysvshm_register, php_fileq_compat_sysvshm_unregister },
	{ "posix",   PHP_FILEQ_COMPAT_POSIX,   php_fileq_compat_posix_reg,        php_fileq_compat_posix_unregister },
	{ "pcntl",   PHP_FILEQ_COMPAT_PCNTL,   php_fileq_compat_pcntl_reg,        php_fileq_compat_pcntl_unregister },
};

#define PHP_FILEQ_COMPAT_NFAMILIES (sizeof(php_fileq_compat_families) / sizeof(php_fileq_compat_families[0]))

/* Set once at MINIT, read-only afterwards (the same in every thread). */
static int php_fileq_compat_bits;
static bool php_fileq_compat_fn_registered;

static void php_fileq_compat_minit(int module_number)
{
	size_t i;

	php_fileq_compat_bits = 0;
	php_fileq_compat_fn_registered = zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT) == SUCCESS;
	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		const php_fileq_compat_family_t *f = &php_fileq_compat_families[i];
		/* the real extension, when loaded, starts first (ZEND_MOD_OPTIONAL) and keeps its names */
		if (zend_hash_str_find_ptr(&module_registry, f->name, strlen(f->name)) == NULL) {
			f->reg(module_number);
			php_fileq_compat_bits |= f->bit;
		}
	}
}

static void php_fileq_compat_mshutdown(void)
{
	size_t i;

	for (i = PHP_FILEQ_COMPAT_NFAMILIES; i > 0; i--) {
		const php_fileq_compat_family_t *f = &php_fileq_compat_families[i - 1];
		if (php_fileq_compat_bits & f->bit) {
			f->unreg();
		}
	}
	php_fileq_compat_bits = 0;
	if (php_fileq_compat_fn_registered) {
		zend_unregister_functions(ext_functions, -1, NULL);
		php_fileq_compat_fn_registered = false;
	}
}

static void php_fileq_compat_minfo(void)
{
	size_t i;

	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		const php_fileq_compat_family_t *f = &php_fileq_compat_families[i];
		char label[64];
		snprintf(label, sizeof(label), "%s functions", f->name);
		php_info_print_table_row(2, label,
			(php_fileq_compat_bits & f->bit) ? "provided by fileq (extension not loaded)" : "from the real extension");
	}
}

int php_fileq_compat_active(void)
{
	return php_fileq_compat_bits;
}

ZEND_FUNCTION(FileQ_compat)
{
	size_t i;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		const php_fileq_compat_family_t *f = &php_fileq_compat_families[i];
		add_assoc_bool(return_value, f->name, (php_fileq_compat_bits & f->bit) != 0);
	}
}

const php_fileq_subsystem_t php_fileq_compat_subsystem = {
	"standard-function stand-ins", php_fileq_compat_minit, php_fileq_compat_mshutdown,
	php_fileq_compat_pcntl_rinit, php_fileq_compat_pcntl_rshutdown, php_fileq_compat_minfo
};
