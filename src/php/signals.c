/* PHP signal handlers over the core's pending-signal set; see signals.h. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#ifdef ZEND_SIGNALS
# include "zend_signal.h"
#endif

#include "src/core/signals.h"
#include "src/php/compat_pcntl.h"
#include "src/php/exceptions.h"
#include "src/php/signals.h"

/*
 * The PHP callable of each signal (IS_UNDEF: none). Dispositions and the
 * pending set are per process; the callables live in one thread's request,
 * so in a ZTS build each thread calls only its own (a signal taken by a
 * thread without a callable for it is dropped). Signals and threaded SAPIs
 * do not mix well: FileQ\Process is meant for the CLI and PHP-FPM.
 */
ZEND_TLS zval php_fileq_sig_handlers[FQ_SIG_MAX + 1];
ZEND_TLS unsigned char php_fileq_sig_style[FQ_SIG_MAX + 1];
ZEND_TLS bool php_fileq_sig_dispatching;
/* The mask from before a batch blocked every signal (while in_batch): a Process::fork() child in a handler starts with it. */
ZEND_TLS sigset_t php_fileq_sig_batch_old;
ZEND_TLS bool php_fileq_sig_in_batch;
/* Whether this request set a signal: most never do, and their shutdown then leaves these pages untouched. */
ZEND_TLS bool php_fileq_sig_set_any;
static void (*php_fileq_prev_interrupt)(zend_execute_data *execute_data);

static void php_fileq_signal_request_interrupt(void)
{
	zend_atomic_bool_store_ex(&EG(vm_interrupt), true);
}

/* Called from inside the C signal handler: one store, async-signal-safe. */
static void php_fileq_signal_notify(int sig)
{
	(void) sig;
	php_fileq_signal_request_interrupt();
}

#ifdef ZEND_SIGNALS
/*
 * Through zend_sigaction, as pcntl does: the engine keeps the handler in its
 * table and defers it out of its critical sections, and its checks at the
 * end of a request see its own handler in place.
 */
static int php_fileq_zend_sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	zend_sigaction(sig, act, old);
	return 0;
}
#endif

static void php_fileq_signal_interrupt(zend_execute_data *execute_data)
{
	if (fq_signal_pending() && !EG(exception)) {
		(void) php_fileq_signal_dispatch_own();
	}
	if (php_fileq_prev_interrupt) {
		php_fileq_prev_interrupt(execute_data);
	}
}

static void php_fileq_signal_info(zval *info, const fq_siginfo_t *si)
{
	array_init_size(info, 6);
	add_assoc_long(info, "signo", si->signo);
	add_assoc_long(info, "code", si->code);
	add_assoc_long(info, "errno", si->err);
	add_assoc_long(info, "pid", si->pid);
	add_assoc_long(info, "uid", si->uid);
	if (si->signo == SIGCHLD) {
		add_assoc_long(info, "status", si->status);
	}
}

/* The siginfo array pcntl passes (its keys and their order, per signal). */
void php_fileq_signal_info_pcntl(zval *info, const fq_siginfo_t *si)
{
	array_init(info);
	php_fileq_signal_info_pcntl_add(info, si);
}

void php_fileq_signal_info_pcntl_add(zval *info, const fq_siginfo_t *si)
{
	add_assoc_long(info, "signo", si->signo);
	add_assoc_long(info, "errno", si->err);
	add_assoc_long(info, "code", si->code);
	switch (si->signo) {
		case SIGCHLD:
			add_assoc_long(info, "status", si->status);
			add_assoc_double(info, "utime", (double) si->utime);
			add_assoc_double(info, "stime", (double) si->stime);
			add_assoc_long(info, "pid", si->pid);
			add_assoc_long(info, "uid", si->uid);
			break;
		case SIGUSR1:
		case SIGUSR2:
			add_assoc_long(info, "pid", si->pid);
			add_assoc_long(info, "uid", si->uid);
			break;
		case SIGILL:
		case SIGFPE:
		case SIGSEGV:
		case SIGBUS:
			add_assoc_double(info, "addr", (double) si->addr);
			break;
#ifdef SIGPOLL
		case SIGPOLL:
			add_assoc_long(info, "band", si->band);
			add_assoc_long(info, "fd", si->fd);
			break;
#endif
		default:
			break;
	}
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	if (SIGRTMIN <= si->signo && si->signo <= SIGRTMAX) {
		add_assoc_long(info, "pid", si->pid);
		add_assoc_long(info, "uid", si->uid);
	}
#endif
}

/* Calls the PHP handler of one taken signal. false when it threw or exited. */
static bool php_fileq_signal_call(const fq_siginfo_t *si)
{
	zval handler, args[2], rv;

	if (Z_ISUNDEF(php_fileq_sig_handlers[si->signo])) {
		return true;  /* its handler was removed after the signal came */
	}
	/* A copy: the handler may replace itself. */
	ZVAL_COPY(&handler, &php_fileq_sig_handlers[si->signo]);
	ZVAL_LONG(&args[0], si->signo);
	if (php_fileq_sig_style[si->signo] == PHP_FILEQ_SIGINFO_PCNTL) {
		php_fileq_signal_info_pcntl(&args[1], si);
	} else {
		php_fileq_signal_info(&args[1], si);
	}
	ZVAL_UNDEF(&rv);
	fq_signal_hold(1);
	call_user_function(NULL, NULL, &handler, &rv, 2, args);
	fq_signal_hold(0);
	zval_ptr_dtor(&rv);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&handler);
	return EG(exception) == NULL;
}

zend_result php_fileq_signal_dispatch_own(void)
{
	fq_siginfo_t si;
	zend_result ok = SUCCESS;

	if (EG(exception)) {
		return FAILURE;
	}
	if (php_fileq_sig_dispatching) {
		return SUCCESS;  /* a handler waiting or dispatching: the outer loop takes what comes */
	}
	php_fileq_sig_dispatching = true;
	while (fq_signal_take(&si)) {
		if (!php_fileq_signal_call(&si)) {
			ok = FAILURE;
			break;
		}
	}
	php_fileq_sig_dispatching = false;
	if (ok != SUCCESS && fq_signal_pending()) {
		/* The rest run at the next interrupt, once the exception is dealt with. */
		php_fileq_signal_request_interrupt();
	}
	return ok;
}

zend_result php_fileq_signal_dispatch_batch(void)
{
	fq_siginfo_t *batch;
	size_t n = 0, i, cap = (size_t) FQ_SIG_QUEUE_MAX + FQ_SIG_MAX;
	sigset_t all, old;
	fq_error_t err;
	zend_result ok = SUCCESS;

	if (!fq_signal_pending()) {
		return SUCCESS;
	}
	if (EG(exception)) {
		return FAILURE;
	}
	if (php_fileq_sig_dispatching) {
		return SUCCESS;
	}
	sigfillset(&all);
	fq_error_clear(&err);
	if (fq_signal_mask(SIG_BLOCK, &all, &old, &err) != FQ_OK) {
		return php_fileq_signal_dispatch_own();
	}
	batch = safe_emalloc(cap, sizeof(*batch), 0);
	while (n < cap && fq_signal_take(&batch[n])) {
		n++;
	}
	php_fileq_sig_dispatching = true;
	php_fileq_sig_batch_old = old;
	php_fileq_sig_in_batch = true;
	for (i = 0; i < n; i++) {
		if (!php_fileq_signal_call(&batch[i])) {
			ok = FAILURE;  /* as pcntl: the rest of this batch is dropped */
			break;
		}
	}
	php_fileq_sig_in_batch = false;
	php_fileq_sig_dispatching = false;
	efree(batch);
	(void) fq_signal_mask(SIG_SETMASK, &old, NULL, &err);
	return ok;
}

/* pcntl_signal_dispatch() when it belongs to the real pcntl (fileq's own would call us again). */
static zend_function *php_fileq_pcntl_dispatch(void)
{
	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), ZEND_STRL("pcntl_signal_dispatch"));

	if (fn != NULL && fn->type == ZEND_INTERNAL_FUNCTION && fn->internal_function.module != NULL
			&& strcmp(fn->internal_function.module->name, "fileq") == 0) {
		return NULL;
	}
	return fn;
}

zend_result php_fileq_dispatch_signals(void)
{
	zend_function *fn;

	if (php_fileq_signal_dispatch_own() != SUCCESS) {
		return FAILURE;
	}
	fn = php_fileq_pcntl_dispatch();
	if (fn != NULL) {
		zval rv;

		ZVAL_UNDEF(&rv);
		zend_call_known_function(fn, NULL, NULL, &rv, 0, NULL, NULL);
		zval_ptr_dtor(&rv);
	}
	return EG(exception) ? FAILURE : SUCCESS;
}

int php_fileq_signal_set(int sig, zval *handler, int action, int flags, int info_style, fq_error_t *err)
{
	int rc = fq_signal_set(sig, action, flags, err);

	if (rc != FQ_OK) {
		return rc;
	}
	php_fileq_sig_set_any = true;
	zval_ptr_dtor(&php_fileq_sig_handlers[sig]);
	if (action == FQ_SIG_CATCH && handler != NULL) {
		ZVAL_COPY(&php_fileq_sig_handlers[sig], handler);
	} else {
		ZVAL_UNDEF(&php_fileq_sig_handlers[sig]);
	}
	php_fileq_sig_style[sig] = (unsigned char) info_style;
	return FQ_OK;
}

zend_result php_fileq_signal_install(int sig, zval *handler, int action, int flags)
{
	fq_error_t err;

	fq_error_clear(&err);
	if (php_fileq_signal_set(sig, handler, action, flags, PHP_FILEQ_SIGINFO_FILEQ, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	php_fileq_compat_pcntl_forget(sig);
	return SUCCESS;
}

zend_result php_fileq_signal_restore(int sig)
{
	fq_error_t err;

	fq_error_clear(&err);
	if (fq_signal_restore(sig, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	zval_ptr_dtor(&php_fileq_sig_handlers[sig]);
	ZVAL_UNDEF(&php_fileq_sig_handlers[sig]);
	php_fileq_compat_pcntl_forget(sig);
	return SUCCESS;
}

zval *php_fileq_signal_handler_get(int sig)
{
	if (!fq_signal_valid(sig) || Z_ISUNDEF(php_fileq_sig_handlers[sig])) {
		return NULL;
	}
	return &php_fileq_sig_handlers[sig];
}

void php_fileq_signals_after_fork(void)
{
	fq_signal_forget();
	php_fileq_sig_dispatching = false;
	if (php_fileq_sig_in_batch) {
		fq_error_t err;

		/*
		 * Forked by a handler of a batch, which blocks every signal: the
		 * child would ignore even SIGTERM. It has nothing pending (fork),
		 * so the mask from before the batch is safe to put back.
		 */
		php_fileq_sig_in_batch = false;
		fq_error_clear(&err);
		(void) fq_signal_mask(SIG_SETMASK, &php_fileq_sig_batch_old, NULL, &err);
	}
}

static void php_fileq_signals_minit(int module_number)
{
	(void) module_number;
	/* php_fileq_sig_handlers needs no loop: zero-filled zvals are IS_UNDEF (0). */
#ifdef ZEND_SIGNALS
	fq_signal_set_sigaction(php_fileq_zend_sigaction);
#endif
	fq_signal_set_notify(php_fileq_signal_notify);
	/* pcntl (an optional dependency) started first: it runs after us in the chain. */
	php_fileq_prev_interrupt = zend_interrupt_function;
	zend_interrupt_function = php_fileq_signal_interrupt;
}

static void php_fileq_signals_mshutdown(void)
{
	if (zend_interrupt_function == php_fileq_signal_interrupt) {
		zend_interrupt_function = php_fileq_prev_interrupt;
	}
}

static void php_fileq_signals_rshutdown(void)
{
	int sig;

	fq_signal_restore_all();
	php_fileq_sig_in_batch = false;  /* a fatal error in a handler leaves the batch by longjmp */
	if (!php_fileq_sig_set_any) {
		return;
	}
	for (sig = 0; sig <= FQ_SIG_MAX; sig++) {
		zval_ptr_dtor(&php_fileq_sig_handlers[sig]);
		ZVAL_UNDEF(&php_fileq_sig_handlers[sig]);
		php_fileq_sig_style[sig] = PHP_FILEQ_SIGINFO_FILEQ;
	}
	php_fileq_sig_dispatching = false;
	php_fileq_sig_set_any = false;
}

const php_fileq_subsystem_t php_fileq_signals_subsystem = {
	"signals", php_fileq_signals_minit, php_fileq_signals_mshutdown, NULL, php_fileq_signals_rshutdown, NULL
};
