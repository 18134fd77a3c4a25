/*
 * The pcntl_* stand-ins on signals (pcntl_signal() and its dispatch, masks,
 * waits for a signal, alarm), pcntl_get_last_error() and pcntl_strerror(),
 * the family's request hooks and its descriptor with the stub's arginfo:
 * ext/pcntl's signatures, return values, warnings and errors, over the
 * signal table shared with FileQ\Process (src/php/signals.c).
 * compat_pcntl_process.c holds fork, the waits for a child, exec and the rest.
 *
 * Signals as pcntl delivers them: pcntl_signal() installs fileq's C handler
 * (SA_RESTART unless $restart_syscalls is false, or omitted for SIGALRM),
 * which queues every delivery in arrival order (FQ_SIG_QUEUE); the PHP
 * handlers run from the tick function (declare(ticks=N)), from
 * pcntl_signal_dispatch(), and at the next VM interrupt once
 * pcntl_async_signals(true) is on. They get pcntl's siginfo array.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
/* for the stub's constants: PRIO_*, W*, CLONE_* */
#include <sys/resource.h>
#include <sys/wait.h>
#ifdef __linux__
# include <sched.h>
#endif

#include "php.h"
#include "php_ticks.h"

#include "php_fileq.h"
#include "src/core/process.h"
#include "src/core/signals.h"
#include "src/php/compat_pcntl.h"
#include "src/php/signals.h"

/* SIG_IGN, SIG_DFL, SIG_ERR as the integers pcntl gives them. */
#define PHP_FILEQ_LONG_CONST(c) ((zend_long) (intptr_t) (c))

#include "stubs/compat_pcntl_arginfo.h"
#include "stubs/compat_pcntl_signals_arginfo.h"
#if PHP_VERSION_ID >= 80400
# include "zend_enum.h"
# include "stubs/compat_pcntl_qos_arginfo.h"
#endif

/* pcntl's signal numbers run below NSIG (65 on Linux). */
#define PHP_FILEQ_PCNTL_NSIG (FQ_SIG_MAX + 1)

/* The per-request state is in the module globals: what pcntl_signal() was given per signal, the async switch, errno. */
#define PHP_FILEQ_PCNTL_HANDLER(sig) (&FILEQ_G(pcntl_handlers)[sig])

/* Where pcntl's php_signal() fails: SIGKILL and SIGSTOP cannot be set. */
static void php_fileq_pcntl_assign_failed(int sig, const fq_error_t *err)
{
#ifdef ZEND_SIGNALS
	/* pcntl goes through zend_sigaction(), which gives up with this fatal error. */
	if (!fq_signal_catchable(sig)) {
		zend_error_noreturn(E_ERROR, "Error installing signal handler for %d", sig);
	}
#else
	(void) sig;
#endif
	FILEQ_G(pcntl_errno) = err->sys_errno != 0 ? err->sys_errno : EINVAL;
	php_error_docref(NULL, E_WARNING, "Error assigning signal");
}

static int php_fileq_pcntl_flags(bool restart)
{
	return FQ_SIG_QUEUE | (restart ? FQ_SIG_RESTART : 0) | (FILEQ_G(pcntl_async) ? FQ_SIG_ASYNC : 0);
}

PHP_FUNCTION(pcntl_signal)
{
	zend_long sig;
	zval *handler;
	bool restart = true, restart_is_null = true;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(sig)
		Z_PARAM_ZVAL(handler)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL_OR_NULL(restart, restart_is_null)
	ZEND_PARSE_PARAMETERS_END();

	if (sig < 1) {
		zend_argument_value_error(1, "must be greater than or equal to 1");
		RETURN_THROWS();
	}
	if (sig >= PHP_FILEQ_PCNTL_NSIG) {
		zend_argument_value_error(1, "must be less than %d", PHP_FILEQ_PCNTL_NSIG);
		RETURN_THROWS();
	}
	/* As pcntl: SIGALRM interrupts system calls unless asked otherwise. */
	if (restart_is_null && sig == SIGALRM) {
		restart = false;
	}
	fq_error_clear(&err);

	if (Z_TYPE_P(handler) == IS_LONG) {
		int action;

		if (Z_LVAL_P(handler) == PHP_FILEQ_LONG_CONST(SIG_DFL)) {
			action = FQ_SIG_DEFAULT;
		} else if (Z_LVAL_P(handler) == PHP_FILEQ_LONG_CONST(SIG_IGN)) {
			action = FQ_SIG_IGNORE;
		} else {
			zend_argument_value_error(2, "must be either SIG_DFL or SIG_IGN when an integer value is given");
			RETURN_THROWS();
		}
		if (php_fileq_signal_set((int) sig, NULL, action, 0, PHP_FILEQ_SIGINFO_PCNTL, &err) != FQ_OK) {
			php_fileq_pcntl_assign_failed((int) sig, &err);
			RETURN_FALSE;
		}
		zval_ptr_dtor(PHP_FILEQ_PCNTL_HANDLER(sig));
		ZVAL_COPY(PHP_FILEQ_PCNTL_HANDLER(sig), handler);
		RETURN_TRUE;
	}

	if (!zend_is_callable(handler, 0, NULL)) {
		FILEQ_G(pcntl_errno) = EINVAL;
		zend_argument_type_error(2, "must be of type callable|int, %s given", zend_zval_type_name(handler));
		RETURN_THROWS();
	}
	/* pcntl records the handler before it installs it. */
	zval_ptr_dtor(PHP_FILEQ_PCNTL_HANDLER(sig));
	ZVAL_COPY(PHP_FILEQ_PCNTL_HANDLER(sig), handler);
	if (php_fileq_signal_set((int) sig, handler, FQ_SIG_CATCH, php_fileq_pcntl_flags(restart),
			PHP_FILEQ_SIGINFO_PCNTL, &err) != FQ_OK) {
		php_fileq_pcntl_assign_failed((int) sig, &err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

void php_fileq_compat_pcntl_forget(int sig)
{
	if (sig >= 1 && sig < PHP_FILEQ_PCNTL_NSIG) {
		/* else pcntl_async_signals() would switch Process's handler, pcntl_signal_get_handler() report a replaced one */
		zval_ptr_dtor(PHP_FILEQ_PCNTL_HANDLER(sig));
		ZVAL_UNDEF(PHP_FILEQ_PCNTL_HANDLER(sig));
	}
}

PHP_FUNCTION(pcntl_signal_get_handler)
{
	zend_long sig;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();

	if (sig < 1 || sig > 32) {
		zend_argument_value_error(1, "must be between 1 and 32");
		RETURN_THROWS();
	}
	if (!Z_ISUNDEF_P(PHP_FILEQ_PCNTL_HANDLER(sig))) {
		RETURN_COPY(PHP_FILEQ_PCNTL_HANDLER(sig));
	}
	RETURN_LONG(PHP_FILEQ_LONG_CONST(SIG_DFL));
}

PHP_FUNCTION(pcntl_signal_dispatch)
{
	ZEND_PARSE_PARAMETERS_NONE();

	(void) php_fileq_signal_dispatch_batch();
	RETURN_TRUE;
}

/* declare(ticks=N): every N statements, as pcntl's tick function. */
static void php_fileq_pcntl_tick(int count, void *arg)
{
	(void) count;
	(void) arg;
	(void) php_fileq_signal_dispatch_batch();
}

PHP_FUNCTION(pcntl_async_signals)
{
	bool on = false, on_is_null = true;
	int sig;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL_OR_NULL(on, on_is_null)
	ZEND_PARSE_PARAMETERS_END();

	RETVAL_BOOL(FILEQ_G(pcntl_async));
	if (on_is_null) {
		return;
	}
	FILEQ_G(pcntl_async) = on;
	/* pcntl reads the switch when a signal comes: turn it on or off for every handler already set. */
	for (sig = 1; sig < PHP_FILEQ_PCNTL_NSIG; sig++) {
		if (Z_TYPE_P(PHP_FILEQ_PCNTL_HANDLER(sig)) != IS_UNDEF && Z_TYPE_P(PHP_FILEQ_PCNTL_HANDLER(sig)) != IS_LONG) {
			fq_signal_set_async(sig, on ? 1 : 0);
		}
	}
}

/* Fills set from an array of signal numbers, as pcntl does (warning and errno on a bad one). */
static bool php_fileq_pcntl_sigset(zval *zset, sigset_t *set)
{
	zval *zsig;

	sigemptyset(set);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zset), zsig) {
		if (sigaddset(set, (int) zval_get_long(zsig)) != 0) {
			FILEQ_G(pcntl_errno) = errno;
			php_error_docref(NULL, E_WARNING, "%s", strerror(errno));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

PHP_FUNCTION(pcntl_sigprocmask)
{
	zend_long how;
	zval *zset, *zold = NULL;
	sigset_t set, old;
	fq_error_t err;
	int sig;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(how)
		Z_PARAM_ARRAY(zset)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zold)
	ZEND_PARSE_PARAMETERS_END();

	sigemptyset(&old);
	if (!php_fileq_pcntl_sigset(zset, &set)) {
		RETURN_FALSE;
	}

	fq_error_clear(&err);
	if (fq_signal_mask((int) how, &set, &old, &err) != FQ_OK) {
		FILEQ_G(pcntl_errno) = err.sys_errno;
		php_error_docref(NULL, E_WARNING, "%s", strerror(err.sys_errno));
		RETURN_FALSE;
	}
	if (zold != NULL) {
		zold = zend_try_array_init(zold);
		if (zold == NULL) {
			RETURN_THROWS();
		}
		for (sig = 1; sig < PHP_FILEQ_PCNTL_NSIG; sig++) {
			if (sigismember(&old, sig) == 1) {
				add_next_index_long(zold, sig);
			}
		}
	}
	RETURN_TRUE;
}

/*
 * pcntl_sigwaitinfo() and pcntl_sigtimedwait(): one wait, not restarted
 * (pcntl warns about EINTR, and stays silent about the timeout's EAGAIN);
 * &$info is filled only when a signal came.
 */
static void php_fileq_pcntl_sigwait(INTERNAL_FUNCTION_PARAMETERS, bool timed)
{
	zval *zset, *zinfo = NULL;
	zend_long sec = 0, nsec = 0;
	struct timespec timeout;
	fq_siginfo_t info;
	fq_error_t err;
	sigset_t set;
	int sig;

	if (timed) {
		ZEND_PARSE_PARAMETERS_START(1, 4)
			Z_PARAM_ARRAY(zset)
			Z_PARAM_OPTIONAL
			Z_PARAM_ZVAL(zinfo)
			Z_PARAM_LONG(sec)
			Z_PARAM_LONG(nsec)
		ZEND_PARSE_PARAMETERS_END();
	} else {
		ZEND_PARSE_PARAMETERS_START(1, 2)
			Z_PARAM_ARRAY(zset)
			Z_PARAM_OPTIONAL
			Z_PARAM_ZVAL(zinfo)
		ZEND_PARSE_PARAMETERS_END();
	}

	if (!php_fileq_pcntl_sigset(zset, &set)) {
		RETURN_FALSE;
	}
	timeout.tv_sec = (time_t) sec;
	timeout.tv_nsec = (long) nsec;
	fq_error_clear(&err);
	if (fq_signal_wait(&set, timed ? &timeout : NULL, &sig, &info, &err) != FQ_OK && err.sys_errno != EAGAIN) {
		FILEQ_G(pcntl_errno) = err.sys_errno;
		php_error_docref(NULL, E_WARNING, "%s", strerror(err.sys_errno));
	}
	if (sig > 0 && zinfo != NULL) {
		zinfo = zend_try_array_init(zinfo);
		if (zinfo == NULL) {
			return;
		}
		php_fileq_signal_info_pcntl_add(zinfo, &info);
	}
	RETURN_LONG(sig);
}

PHP_FUNCTION(pcntl_sigwaitinfo)
{
	php_fileq_pcntl_sigwait(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_FUNCTION(pcntl_sigtimedwait)
{
	php_fileq_pcntl_sigwait(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

PHP_FUNCTION(pcntl_alarm)
{
	zend_long seconds;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(seconds)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_LONG((zend_long) fq_process_alarm((unsigned int) seconds));
}

PHP_FUNCTION(pcntl_get_last_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(FILEQ_G(pcntl_errno));
}

PHP_FUNCTION(pcntl_strerror)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STRING(strerror((int) code));
}

static void php_fileq_compat_pcntl_rinit(void)
{
	int sig;

	/* The tick list is per request (emptied at its end), so pcntl adds its function in RINIT too. */
	php_add_tick_function(php_fileq_pcntl_tick, NULL);
	for (sig = 0; sig < PHP_FILEQ_PCNTL_NSIG; sig++) {
		ZVAL_UNDEF(PHP_FILEQ_PCNTL_HANDLER(sig));
	}
	FILEQ_G(pcntl_async) = false;
	FILEQ_G(pcntl_errno) = 0;
}

/* Before the signal table's RSHUTDOWN: forgets the handlers pcntl_signal_get_handler() reports. */
static void php_fileq_compat_pcntl_rshutdown(void)
{
	int sig;

	for (sig = 0; sig < PHP_FILEQ_PCNTL_NSIG; sig++) {
		zval_ptr_dtor(PHP_FILEQ_PCNTL_HANDLER(sig));
		ZVAL_UNDEF(PHP_FILEQ_PCNTL_HANDLER(sig));
	}
}

/* SIG*, WNOHANG, PCNTL_E* and the rest; from 8.4 on Pcntl\QosClass too */
static void php_fileq_compat_pcntl_symbols(int module_number)
{
	register_compat_pcntl_symbols(module_number);
	register_compat_pcntl_signals_symbols(module_number);
#if PHP_VERSION_ID >= 80400
	(void) register_class_Pcntl_QosClass();
#endif
}

#if PHP_VERSION_ID >= 80400
static const char *const php_fileq_compat_pcntl_classes[] = { "pcntl\\qosclass", NULL };
# define PHP_FILEQ_COMPAT_PCNTL_CLASSES php_fileq_compat_pcntl_classes
#else
# define PHP_FILEQ_COMPAT_PCNTL_CLASSES NULL
#endif

const php_fileq_compat_family_t php_fileq_compat_pcntl_family = {
	.name = "pcntl",
	.extension = "pcntl",
	.functions = ext_functions,
	.classes = PHP_FILEQ_COMPAT_PCNTL_CLASSES,
	.register_symbols = php_fileq_compat_pcntl_symbols,
	.rinit = php_fileq_compat_pcntl_rinit,
	.rshutdown = php_fileq_compat_pcntl_rshutdown,
};
