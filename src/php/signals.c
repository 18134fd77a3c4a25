#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"

#include "src/php/signals.h"

zend_result php_fileq_dispatch_signals(void)
{
	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("pcntl_signal_dispatch"));

	if (fn != NULL) {
		zval rv;

		ZVAL_UNDEF(&rv);
		zend_call_known_function(fn, NULL, NULL, &rv, 0, NULL, NULL);
		zval_ptr_dtor(&rv);
	}
	return EG(exception) ? FAILURE : SUCCESS;
}
