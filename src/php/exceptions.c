#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"

#include "src/php/exceptions.h"
#include "stubs/exceptions_arginfo.h"

zend_class_entry *php_fileq_exception_ce;
zend_class_entry *php_fileq_io_exception_ce;
zend_class_entry *php_fileq_corrupt_exception_ce;
zend_class_entry *php_fileq_too_large_exception_ce;
zend_class_entry *php_fileq_timeout_exception_ce;

static void php_fileq_exceptions_minit(int module_number)
{
	(void) module_number;
	php_fileq_exception_ce = register_class_FileQ_Exception(spl_ce_RuntimeException);
	php_fileq_io_exception_ce = register_class_FileQ_IOException(php_fileq_exception_ce);
	php_fileq_corrupt_exception_ce = register_class_FileQ_CorruptException(php_fileq_exception_ce);
	php_fileq_too_large_exception_ce = register_class_FileQ_TooLargeException(php_fileq_exception_ce);
	php_fileq_timeout_exception_ce = register_class_FileQ_TimeoutException(php_fileq_exception_ce);
}

void php_fileq_throw(const fq_error_t *err)
{
	zend_class_entry *ce;

	switch (err->status) {
		case FQ_EIO:      ce = php_fileq_io_exception_ce; break;
		case FQ_ECORRUPT: ce = php_fileq_corrupt_exception_ce; break;
		case FQ_ETOOBIG:  ce = php_fileq_too_large_exception_ce; break;
		case FQ_ETIMEOUT: ce = php_fileq_timeout_exception_ce; break;
		case FQ_EARG:
			zend_value_error("%s", err->msg);
			return;
		default:          ce = php_fileq_exception_ce; break;
	}
	zend_throw_exception(ce, err->msg, err->sys_errno);
}

const php_fileq_subsystem_t php_fileq_exceptions_subsystem = {
	"exceptions", php_fileq_exceptions_minit, NULL, NULL, NULL, NULL
};
