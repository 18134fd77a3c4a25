/* The table of the standard IPC families fileq stands in for, what drives it, and FileQ\compat(). */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"

#include "src/php/compat.h"
#include "src/php/compat_pcntl.h"
#include "src/php/compat_posix.h"
#include "src/php/compat_shmop.h"
#include "src/php/compat_sysvmsg.h"
#include "src/php/compat_sysvsem.h"
#include "src/php/compat_sysvshm.h"
#include "stubs/compat_arginfo.h"

/* The families, in the order they start (and FileQ\compat() lists them); they stop in reverse. */
static const php_fileq_compat_family_t *const php_fileq_compat_families[] = {
	&php_fileq_compat_sysvmsg_family,
	&php_fileq_compat_sysvsem_family,
	&php_fileq_compat_sysvshm_family,
	&php_fileq_compat_posix_family,
	&php_fileq_compat_pcntl_family,
	&php_fileq_compat_shmop_family,
};

#define PHP_FILEQ_COMPAT_NFAMILIES (sizeof(php_fileq_compat_families) / sizeof(php_fileq_compat_families[0]))

/* Which families fileq registered: set once at MINIT, read-only afterwards (the same in every thread). */
static bool php_fileq_compat_on[PHP_FILEQ_COMPAT_NFAMILIES];
static bool php_fileq_compat_fn_registered;

void php_fileq_compat_handle_class(zend_class_entry *ce, zend_object_handlers *handlers, size_t offset,
	zend_object *(*create)(zend_class_entry *ce), zend_function *(*get_constructor)(zend_object *obj),
	zend_object_free_obj_t free_obj)
{
	ce->create_object = create;
	memcpy(handlers, &std_object_handlers, sizeof(zend_object_handlers));
	handlers->offset = (int) offset;
	if (free_obj != NULL) {
		handlers->free_obj = free_obj;
	}
	handlers->get_constructor = get_constructor;
	handlers->clone_obj = NULL;
	handlers->compare = zend_objects_not_comparable;
}

/* Registers f unless its extension is loaded (when present it starts first and keeps its names). */
static bool php_fileq_compat_register(const php_fileq_compat_family_t *f, int module_number)
{
	if (zend_hash_str_find_ptr(&module_registry, f->extension, strlen(f->extension)) != NULL) {
		return false;
	}
	if (zend_register_functions(NULL, f->functions, NULL, MODULE_PERSISTENT) != SUCCESS) {
		return false;  /* a name is taken: the engine warned and took back the ones it had added */
	}
	if (f->register_symbols != NULL) {
		f->register_symbols(module_number);
	}
	if (f->minit != NULL) {
		f->minit(module_number);
	}
	return true;
}

static void php_fileq_compat_unregister(const php_fileq_compat_family_t *f)
{
	const char *const *c;

	if (f->mshutdown != NULL) {
		f->mshutdown();
	}
	for (c = f->classes; c != NULL && *c != NULL; c++) {
		zend_hash_str_del(CG(class_table), *c, strlen(*c));
	}
	zend_unregister_functions(f->functions, -1, NULL);
}

static void php_fileq_compat_minit(int module_number)
{
	size_t i;

	php_fileq_compat_fn_registered = zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT) == SUCCESS;
	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		php_fileq_compat_on[i] = php_fileq_compat_register(php_fileq_compat_families[i], module_number);
	}
}

static void php_fileq_compat_mshutdown(void)
{
	size_t i;

	for (i = PHP_FILEQ_COMPAT_NFAMILIES; i-- > 0; ) {
		if (php_fileq_compat_on[i]) {
			php_fileq_compat_unregister(php_fileq_compat_families[i]);
			php_fileq_compat_on[i] = false;
		}
	}
	if (php_fileq_compat_fn_registered) {
		zend_unregister_functions(ext_functions, -1, NULL);
		php_fileq_compat_fn_registered = false;
	}
}

static void php_fileq_compat_rinit(void)
{
	size_t i;

	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		if (php_fileq_compat_on[i] && php_fileq_compat_families[i]->rinit != NULL) {
			php_fileq_compat_families[i]->rinit();
		}
	}
}

static void php_fileq_compat_rshutdown(void)
{
	size_t i;

	for (i = PHP_FILEQ_COMPAT_NFAMILIES; i-- > 0; ) {
		if (php_fileq_compat_on[i] && php_fileq_compat_families[i]->rshutdown != NULL) {
			php_fileq_compat_families[i]->rshutdown();
		}
	}
}

static void php_fileq_compat_minfo(void)
{
	size_t i;

	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		char label[64];

		snprintf(label, sizeof(label), "%s functions", php_fileq_compat_families[i]->name);
		php_info_print_table_row(2, label,
			php_fileq_compat_on[i] ? "provided by fileq (extension not loaded)" : "from the real extension");
	}
}

ZEND_FUNCTION(FileQ_compat)
{
	size_t i;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (i = 0; i < PHP_FILEQ_COMPAT_NFAMILIES; i++) {
		add_assoc_bool(return_value, php_fileq_compat_families[i]->name, php_fileq_compat_on[i]);
	}
}

const php_fileq_subsystem_t php_fileq_compat_subsystem = {
	"standard-function stand-ins", php_fileq_compat_minit, php_fileq_compat_mshutdown,
	php_fileq_compat_rinit, php_fileq_compat_rshutdown, php_fileq_compat_minfo
};
