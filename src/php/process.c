/* FileQ\Process: the binding of src/core/process.c and the signal table of src/php/signals.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "php.h"
#include "php_output.h"
#include "SAPI.h"
#include "zend_exceptions.h"
#include "zend_objects_API.h"
#include "ext/standard/basic_functions.h"

#include "src/core/process.h"
#include "src/core/signals.h"
#include "src/php/exceptions.h"
#include "src/php/process.h"
#include "src/php/signals.h"
#include "stubs/process_arginfo.h"

zend_class_entry *php_fileq_process_ce;

/* Exit status of a child whose callable threw, or that hit a fatal error (as PHP's own). */
#define PHP_FILEQ_CHILD_FAILED 255

/* Private: the class has static methods only. */
PHP_METHOD(FileQ_Process, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	(void) return_value;
}

/* ---- the child side of fork() ----------------------------------------------- */

/*
 * What the child inherited from the parent is the parent's to finish: its
 * objects are marked as destructed (their __destruct runs in the parent
 * only), its shutdown functions are dropped (not freed: freeing could run
 * the parent's code), and its unsent output buffers are discarded without
 * running their handlers (the parent sends that output, once).
 */
static HashTable *php_fileq_child_dropped_shutdown;

static void php_fileq_child_detach(void)
{
	zend_objects_store *store = &EG(objects_store);
	uint32_t i;
	int level;

	for (i = 1; i < store->top; i++) {
		zend_object *obj = store->object_buckets[i];

		if (IS_OBJ_VALID(obj)) {
			GC_ADD_FLAGS(obj, IS_OBJ_DESTRUCTOR_CALLED);
		}
	}
	/* Kept reachable, not freed: the child ends with _exit() and must not run them. */
	php_fileq_child_dropped_shutdown = BG(user_shutdown_function_names);
	BG(user_shutdown_function_names) = NULL;
	if (php_output_get_level() > 0) {
		php_output_handler **handlers = (php_output_handler **) zend_stack_base(&OG(handlers));
		int n = zend_stack_count(&OG(handlers));

		for (level = 0; level < n; level++) {
			handlers[level]->flags |= PHP_OUTPUT_HANDLER_DISABLED;
		}
		php_output_discard_all();
	}
}

static void php_fileq_child_stderr(const char *s, size_t len)
{
	while (len > 0) {
		ssize_t n = write(STDERR_FILENO, s, len);

		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			return;
		}
		s += n;
		len -= (size_t) n;
	}
}

/*
 * Takes the exception out of EG(exception): exit() gives its status; anything
 * else is reported on stderr (with its trace) and gives 255.
 */
static int php_fileq_child_take_exception(int code)
{
	zend_object *ex = EG(exception);
	zval str;
	char *msg;
	size_t len;

	if (ex == NULL) {
		return code;
	}
	if (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
		zend_clear_exception();
		return EG(exit_status);
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	ZVAL_UNDEF(&str);
	if (ex->ce->__tostring != NULL) {
		zend_call_known_instance_method_with_0_params(ex->ce->__tostring, ex, &str);
	}
	if (EG(exception)) {
		zend_clear_exception();
	}
	len = zend_spprintf(&msg, 0, "FileQ\\Process::fork(): uncaught exception in child %ld: %s\n",
		fq_process_pid(), Z_TYPE(str) == IS_STRING ? Z_STRVAL(str) : ZSTR_VAL(ex->ce->name));
	php_fileq_child_stderr(msg, len);
	efree(msg);
	zval_ptr_dtor(&str);
	OBJ_RELEASE(ex);
	return PHP_FILEQ_CHILD_FAILED;
}

/*
 * Runs $fn(...$args) in the child and ends the child: never returns. After the
 * callable, the child's own shutdown functions and the destructors of the
 * objects it created run, its output buffers are flushed, and it _exit()s
 * with the callable's int result (exit(n) inside gives n; an uncaught
 * exception or a fatal error 255). The parent's shutdown work never runs here.
 */
static ZEND_NORETURN void php_fileq_child_run(zend_fcall_info *fci, zend_fcall_info_cache *fcc)
{
	volatile int code = 0;
	zval retval;

	php_fileq_signals_after_fork();
	php_fileq_child_detach();

	zend_try {
		ZVAL_UNDEF(&retval);
		fci->retval = &retval;
		zend_call_function(fci, fcc);
		if (EG(exception)) {
			code = php_fileq_child_take_exception(0);
		} else if (Z_TYPE(retval) == IS_LONG) {
			code = (int) (Z_LVAL(retval) & 0xff);
		}
		zval_ptr_dtor(&retval);

		if (BG(user_shutdown_function_names)) {
			php_call_shutdown_functions();
			code = php_fileq_child_take_exception(code);
		}
		zend_objects_store_call_destructors(&EG(objects_store));
		code = php_fileq_child_take_exception(code);
		php_output_end_all();
	} zend_catch {
		/* A fatal error (already reported by PHP) or exit() during shutdown work. */
		code = EG(exit_status) != 0 ? EG(exit_status) : PHP_FILEQ_CHILD_FAILED;
		/* What the child buffered goes out, as PHP's own shutdown does after a fatal error. */
		zend_try {
			php_output_end_all();
		} zend_end_try();
	} zend_end_try();

	sapi_flush();
	fflush(NULL);
	_exit(code & 0xff);
}

PHP_METHOD(FileQ_Process, fork)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	zval *args = NULL;
	uint32_t argc = 0;
	HashTable *named = NULL;
	fq_error_t err;
	long pid;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_VARIADIC_WITH_NAMED(args, argc, named)
	ZEND_PARSE_PARAMETERS_END();

	/* C stdio buffers would be written twice otherwise. */
	fflush(NULL);
	fq_error_clear(&err);
	if (fq_process_fork(&pid, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	if (pid > 0) {
		RETURN_LONG((zend_long) pid);
	}
	fci.params = args;
	fci.param_count = argc;
	fci.named_params = named;
	php_fileq_child_run(&fci, &fcc);
}

/* ---- waiting ---------------------------------------------------------------- */

/* One waitpid(), blocking ones restarted after the pending PHP handlers ran. */
static zend_result php_fileq_process_wait(zend_long pid, bool block, fq_child_t *child, int *found)
{
	fq_error_t err;
	int rc;

	PHP_FILEQ_RETRY(rc, fq_process_wait((long) pid, block ? 1 : 0, child, found, &err));
	if (rc != FQ_OK) {
		if (rc != PHP_FILEQ_THREW) {
			php_fileq_throw(&err);
		}
		return FAILURE;
	}
	return SUCCESS;
}

PHP_METHOD(FileQ_Process, wait)
{
	zend_long pid = -1;
	bool block = true;
	fq_child_t child;
	int found = 0;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(pid)
		Z_PARAM_BOOL(block)
	ZEND_PARSE_PARAMETERS_END();

	if (pid != -1 && (pid <= 0 || pid > INT_MAX)) {
		zend_argument_value_error(1, "must be -1 (any child) or a process id");
		RETURN_THROWS();
	}
	if (php_fileq_process_wait(pid, block, &child, &found) != SUCCESS) {
		RETURN_THROWS();
	}
	if (!found) {
		RETURN_NULL();
	}
	array_init_size(return_value, 3);
	add_assoc_long(return_value, "pid", (zend_long) child.pid);
	if (child.exited) {
		add_assoc_long(return_value, "exitCode", child.exit_code);
	} else {
		add_assoc_null(return_value, "exitCode");
	}
	if (child.signaled) {
		add_assoc_long(return_value, "signal", child.term_signal);
	} else {
		add_assoc_null(return_value, "signal");
	}
}

PHP_METHOD(FileQ_Process, waitAll)
{
	fq_child_t child;
	fq_error_t err;
	int found, rc;

	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	for (;;) {
		PHP_FILEQ_RETRY(rc, fq_process_wait(-1, 1, &child, &found, &err));
		if (rc == FQ_ENOENT) {
			break;  /* no child left */
		}
		if (rc != FQ_OK) {
			if (rc != PHP_FILEQ_THREW) {
				php_fileq_throw(&err);
			}
			RETURN_THROWS();
		}
		add_index_long(return_value, (zend_long) child.pid,
			child.exited ? child.exit_code : -(zend_long) child.term_signal);
	}
}

/* ---- signals ---------------------------------------------------------------- */

PHP_METHOD(FileQ_Process, kill)
{
	zend_long pid, sig = SIGTERM;
	fq_error_t err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(pid)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();

	if (pid == -1 || pid < -INT_MAX || pid > INT_MAX) {
		zend_argument_value_error(1, "must be a process id, 0 (this process group) or -group (not -1, every process)");
		RETURN_THROWS();
	}
	if (sig != 0 && !fq_signal_valid(sig)) {
		zend_argument_value_error(2, "must be 0 (probe) or a signal number between 1 and %d", FQ_SIG_MAX);
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	rc = fq_process_kill((long) pid, (int) sig, &err);
	if (rc == FQ_ENOENT) {
		RETURN_FALSE;
	}
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

static bool php_fileq_process_check_signal(uint32_t arg, zend_long sig)
{
	if (!fq_signal_catchable(sig)) {
		if (fq_signal_valid(sig)) {
			zend_argument_value_error(arg, "must not be SIGKILL or SIGSTOP: they cannot be caught, ignored or reset");
		} else {
			zend_argument_value_error(arg, "must be a signal number between 1 and %d, " ZEND_LONG_FMT " given",
				FQ_SIG_MAX, sig);
		}
		return false;
	}
	if (fq_signal_reserved(sig)) {
		/* zend_sigaction() would end the script with a fatal error */
		zend_argument_value_error(arg, "must not be " ZEND_LONG_FMT ": signals 32 to %d are reserved by the C library",
			sig, fq_signal_reserved_max());
		return false;
	}
	return true;
}

PHP_METHOD(FileQ_Process, signal)
{
	zend_long sig;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	bool async = true, restart = true;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_LONG(sig)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(async)
		Z_PARAM_BOOL(restart)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_process_check_signal(1, sig)) {
		RETURN_THROWS();
	}
	if (!ZEND_FCI_INITIALIZED(fci)) {
		php_fileq_signal_install((int) sig, NULL, FQ_SIG_DEFAULT, 0);
		return;
	}
	if (fq_signal_is_fault(sig)) {
		zend_argument_value_error(1, "must not be SIGSEGV, SIGBUS, SIGFPE or SIGILL: a PHP handler cannot repair a fault");
		RETURN_THROWS();
	}
	/*
	 * SA_RESTART by default, as pcntl_signal(): a read() or write() in the
	 * middle of a job goes on, and so do usleep() and sleep() (sleep.c),
	 * which the kernel would not restart. fileq's own waits (futex, poll,
	 * semtimedop, msgrcv) return to fileq either way, which runs the handler.
	 */
	php_fileq_signal_install((int) sig, &fci.function_name, FQ_SIG_CATCH,
		(async ? FQ_SIG_ASYNC : 0) | (restart ? FQ_SIG_RESTART | FQ_SIG_RESTART_SLEEP : 0));
}

PHP_METHOD(FileQ_Process, ignore)
{
	zend_long sig;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_process_check_signal(1, sig)) {
		RETURN_THROWS();
	}
	php_fileq_signal_install((int) sig, NULL, FQ_SIG_IGNORE, 0);
}

PHP_METHOD(FileQ_Process, restore)
{
	zend_long sig;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_process_check_signal(1, sig)) {
		RETURN_THROWS();
	}
	php_fileq_signal_restore((int) sig);
}

PHP_METHOD(FileQ_Process, dispatch)
{
	ZEND_PARSE_PARAMETERS_NONE();

	if (php_fileq_signal_dispatch_own() != SUCCESS) {
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Process, pid)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_LONG((zend_long) fq_process_pid());
}

PHP_METHOD(FileQ_Process, parentPid)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_LONG((zend_long) fq_process_parent_pid());
}

static void php_fileq_process_minit(int module_number)
{
	(void) module_number;
	php_fileq_process_ce = register_class_FileQ_Process();
}

const php_fileq_subsystem_t php_fileq_process_subsystem = {
	"process", php_fileq_process_minit, NULL, NULL, NULL, NULL
};
