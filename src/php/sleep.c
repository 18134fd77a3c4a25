/*
 * usleep() and sleep() that a FileQ\Process::signal() handler does not cut
 * short. SA_RESTART, the default of Process::signal() as of pcntl_signal(),
 * restarts an interrupted read() or flock(), but the kernel never restarts
 * nanosleep() (signal(7)): a worker's usleep(200000) would end at the signal.
 * While some handler of Process::signal() restarts system calls, fileq's
 * versions of these two functions sleep the rest of the time after such a
 * signal (its PHP handler runs when the sleep is over) and end early, as
 * PHP's own, for any other signal. With no such handler they are PHP's own.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"

#include "src/core/signals.h"
#include "src/php/sleep.h"

static zif_handler php_fileq_usleep_orig;
static zif_handler php_fileq_sleep_orig;

static PHP_FUNCTION(fileq_usleep)
{
	zend_long us;
	int64_t left;

	if (fq_signal_sleep_restarts() == 0) {
		php_fileq_usleep_orig(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(us)
	ZEND_PARSE_PARAMETERS_END();

	/* Past 2^32 - 1 PHP's own decides (8.5 and older wrap the time, 8.6 refuses it): its arguments are parsed again there. */
	if (us > (zend_long) UINT_MAX) {
		php_fileq_usleep_orig(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	if (us < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	(void) fq_signal_sleep((int64_t) us * 1000, &left);
}

static PHP_FUNCTION(fileq_sleep)
{
	zend_long seconds;
	int64_t left;

	if (fq_signal_sleep_restarts() == 0) {
		php_fileq_sleep_orig(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(seconds)
	ZEND_PARSE_PARAMETERS_END();

	/* As for usleep(). */
	if (seconds > (zend_long) UINT_MAX) {
		php_fileq_sleep_orig(INTERNAL_FUNCTION_PARAM_PASSTHRU);
		return;
	}
	if (seconds < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	/* When a signal ends it, glibc's sleep(3) returns the whole seconds nanosleep() left, truncated (0.3 s into sleep(2): 1). */
	if (fq_signal_sleep((int64_t) seconds * 1000000000, &left) != 0) {
		RETURN_LONG((zend_long) (left / 1000000000));
	}
	RETURN_LONG(0);
}

/* Puts handler in place of the internal function name's, keeping the old one in *orig. */
static void php_fileq_sleep_swap(const char *name, size_t len, zif_handler handler, zif_handler *orig)
{
	zend_function *fn = zend_hash_str_find_ptr(CG(function_table), name, len);

	if (fn != NULL && fn->type == ZEND_INTERNAL_FUNCTION) {
		*orig = fn->internal_function.handler;
		fn->internal_function.handler = handler;
	}
}

static void php_fileq_sleep_restore(const char *name, size_t len, zif_handler *orig)
{
	zend_function *fn = zend_hash_str_find_ptr(CG(function_table), name, len);

	if (fn != NULL && fn->type == ZEND_INTERNAL_FUNCTION && *orig != NULL) {
		fn->internal_function.handler = *orig;
		*orig = NULL;
	}
}

static void php_fileq_sleep_minit(int module_number)
{
	(void) module_number;
	php_fileq_sleep_swap(ZEND_STRL("usleep"), ZEND_FN(fileq_usleep), &php_fileq_usleep_orig);
	php_fileq_sleep_swap(ZEND_STRL("sleep"), ZEND_FN(fileq_sleep), &php_fileq_sleep_orig);
}

static void php_fileq_sleep_mshutdown(void)
{
	php_fileq_sleep_restore(ZEND_STRL("sleep"), &php_fileq_sleep_orig);
	php_fileq_sleep_restore(ZEND_STRL("usleep"), &php_fileq_usleep_orig);
}

const php_fileq_subsystem_t php_fileq_sleep_subsystem = {
	"sleep", php_fileq_sleep_minit, php_fileq_sleep_mshutdown, NULL, NULL, NULL
};
