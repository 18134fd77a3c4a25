/* FileQ\Ipc (the host's SysV objects, from src/core/ipcs.c) and the argument checks the SysV classes share. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <math.h>

#include "php.h"

#include "src/core/ipcs.h"
#include "src/php/exceptions.h"
#include "src/php/ipc.h"
#include "stubs/ipc_arginfo.h"

zend_class_entry *php_fileq_ipc_ce;

zend_result php_fileq_ipc_key(zend_long value, uint32_t arg_num, int32_t *key)
{
	if (!fq_ipc_key_from((long long) value, key)) {
		zend_argument_value_error(arg_num, "must be between -0x80000000 and 0xFFFFFFFF (a 32-bit SysV key)");
		return FAILURE;
	}
	return SUCCESS;
}

zend_result php_fileq_ipc_perms(zend_long value, uint32_t arg_num)
{
	if (value < 0 || value > FQ_IPC_PERMS_MAX) {
		zend_argument_value_error(arg_num, "must be between 0 and 0o777");
		return FAILURE;
	}
	return SUCCESS;
}

zend_result php_fileq_ipc_ftok(zend_string *path, zend_string *project, uint32_t path_arg, int32_t *key)
{
	fq_error_t err;

	if (ZSTR_LEN(path) == 0) {
		zend_argument_value_error(path_arg, "must not be empty");
		return FAILURE;
	}
	if (ZSTR_LEN(project) != 1) {
		zend_argument_value_error(path_arg + 1, "must be a one character string");
		return FAILURE;
	}
	fq_error_clear(&err);
	if (php_check_open_basedir_ex(ZSTR_VAL(path), 0)) {
		fq_error_sys(&err, EPERM, "ftok (open_basedir)", ZSTR_VAL(path));
		php_fileq_throw(&err);
		return FAILURE;
	}
	if (fq_ipc_ftok(ZSTR_VAL(path), (unsigned char) ZSTR_VAL(project)[0], key, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	return SUCCESS;
}

/* ---- FileQ\Ipc ------------------------------------------------------------ */

static int php_fileq_ipc_row(const fq_ipcs_row_t *row, void *ctx)
{
	zval *list = ctx, entry;
	int f;

	array_init(&entry);
	for (f = 0; f < FQ_IPCS_NFIELDS; f++) {
		if (row->present & ((uint32_t) 1 << f)) {
			add_assoc_long(&entry, fq_ipcs_field_name(f), (zend_long) row->value[f]);
		}
	}
	add_next_index_zval(list, &entry);
	return 0;
}

PHP_METHOD(FileQ_Ipc, __construct)
{
	(void) return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(FileQ_Ipc, list)
{
	static const char *const kinds[3] = { "msg", "sem", "shm" };
	fq_error_t err;
	zval list;
	int k;

	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	for (k = FQ_IPCS_MSG; k <= FQ_IPCS_SHM; k++) {
		array_init(&list);
		fq_error_clear(&err);
		if (fq_ipcs_list(k, php_fileq_ipc_row, &list, &err) != FQ_OK) {
			zval_ptr_dtor(&list);
			zval_ptr_dtor(return_value);
			ZVAL_NULL(return_value);
			php_fileq_throw(&err);
			RETURN_THROWS();
		}
		add_assoc_zval(return_value, kinds[k], &list);
	}
}

static void php_fileq_ipc_minit(int module_number)
{
	(void) module_number;
	php_fileq_ipc_ce = register_class_FileQ_Ipc();
}

const php_fileq_subsystem_t php_fileq_ipc_subsystem = {
	"ipc", php_fileq_ipc_minit, NULL, NULL, NULL, NULL
};
