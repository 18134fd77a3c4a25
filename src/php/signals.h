#ifndef PHP_FILEQ_SIGNALS_H
#define PHP_FILEQ_SIGNALS_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/error.h"
#ifndef PHP_WIN32
# include "src/core/signals.h"  /* Unix-only: not built on Windows */
#endif

/*
 * PHP signal handlers on the core's pending-signal set (src/core/signals.h).
 *
 * The C handler only records the signal. fileq runs the PHP callables:
 *  - at the next VM interrupt, for handlers installed with FQ_SIG_ASYNC (the
 *    handler sets EG(vm_interrupt); fileq's zend_interrupt_function runs the
 *    handlers and then chains to the one installed before it, pcntl's
 *    included), so no declare(ticks) is needed;
 *  - in php_fileq_signal_dispatch_own() / php_fileq_dispatch_signals(),
 *    which FileQ\Process::dispatch() and every interrupted blocking wait call.
 * FileQ\Process and the compatibility pcntl_* functions share this table.
 */

/*
 * Runs the PHP signal handlers that are pending (fileq's own, then pcntl's
 * when the real pcntl is loaded), so that a blocking call interrupted by a
 * signal lets them run before it goes on. Returns FAILURE when a handler
 * threw or exited.
 */
#ifdef PHP_WIN32
/* No signal table on Windows (Unix-only, not built): nothing is ever pending. */
static inline zend_result php_fileq_dispatch_signals(void)
{
	return SUCCESS;
}
#else
zend_result php_fileq_dispatch_signals(void);
#endif

/* What PHP_FILEQ_RETRY gives when a PHP signal handler threw or exited: the exception is pending. */
#define PHP_FILEQ_THREW (-100)

/*
 * rc = call, made again each time it stops for a signal (FQ_EINTR) once PHP's
 * pending signal handlers have run (php_fileq_dispatch_signals()): how every
 * blocking call of the binding waits. rc is PHP_FILEQ_THREW when a handler
 * threw or exited.
 */
#define PHP_FILEQ_RETRY(rc, call) \
	do { \
		while (((rc) = (call)) == FQ_EINTR) { \
			if (php_fileq_dispatch_signals() != SUCCESS) { \
				(rc) = PHP_FILEQ_THREW; \
				break; \
			} \
		} \
	} while (0)

/* What PHP_FILEQ_WAIT gives when a signal ended the wait (its handlers ran): the caller returns "nothing yet". */
#define PHP_FILEQ_SIGNALLED (-101)

/*
 * A wait the caller's signal handlers may end: as PHP_FILEQ_RETRY, but a
 * signal that interrupted the sleep (err.sys_errno EINTR, not the end of a
 * slice) stops it with PHP_FILEQ_SIGNALLED once the handlers ran, so that a
 * worker blocked in wait()/shift($timeout) sees the flag its SIGTERM handler
 * set.
 */
#define PHP_FILEQ_WAIT(rc, err, call) \
	do { \
		while (((rc) = (call)) == FQ_EINTR) { \
			int signalled_ = (err).sys_errno == EINTR; \
			if (php_fileq_dispatch_signals() != SUCCESS) { \
				(rc) = PHP_FILEQ_THREW; \
				break; \
			} \
			if (signalled_) { \
				(rc) = PHP_FILEQ_SIGNALLED; \
				break; \
			} \
		} \
	} while (0)

/* Runs fileq's own pending PHP handlers only. FAILURE when one threw or exited. */
zend_result php_fileq_signal_dispatch_own(void);

/*
 * pcntl's way (pcntl_signal_dispatch() and its tick function): takes the
 * signals pending now, then runs their handlers with every signal blocked,
 * so a signal raised inside a handler waits for the next dispatch. The rest
 * of the batch is dropped when a handler throws or exits.
 */
zend_result php_fileq_signal_dispatch_batch(void);

/*
 * Sets what sig does: action FQ_SIG_CATCH with handler (a callable zval,
 * copied) and flags FQ_SIG_ASYNC / FQ_SIG_RESTART; FQ_SIG_DEFAULT or
 * FQ_SIG_IGNORE with handler NULL. Throws (ValueError, FileQ\IOException)
 * and returns FAILURE on error.
 */
zend_result php_fileq_signal_install(int sig, zval *handler, int action, int flags);

/* The second argument a PHP handler receives: fileq's info array, or pcntl's siginfo layout. */
#define PHP_FILEQ_SIGINFO_FILEQ 0
#define PHP_FILEQ_SIGINFO_PCNTL 1

/*
 * php_fileq_signal_install() without the exception: returns the core status
 * and leaves err filled, for callers that report errors their own way (the
 * pcntl_signal() stand-in warns). info_style: PHP_FILEQ_SIGINFO_*.
 */
int php_fileq_signal_set(int sig, zval *handler, int action, int flags, int info_style, fq_error_t *err);

/*
 * pcntl's siginfo array of si: a new array (the handler's second argument),
 * or the keys added to an existing one (pcntl_sigwaitinfo()'s &$info).
 */
#ifndef PHP_WIN32
void php_fileq_signal_info_pcntl(zval *info, const fq_siginfo_t *si);
void php_fileq_signal_info_pcntl_add(zval *info, const fq_siginfo_t *si);
#endif

/* Puts back what sig did before fileq first changed it, and forgets its PHP handler. */
zend_result php_fileq_signal_restore(int sig);

/* The PHP callable fileq calls for sig, or NULL. */
zval *php_fileq_signal_handler_get(int sig);

/* A forked child: nothing pending, not inside a dispatch. */
void php_fileq_signals_after_fork(void);

/* At request end it restores every disposition fileq changed and releases the PHP handlers. */
extern const php_fileq_subsystem_t php_fileq_signals_subsystem;

#endif /* PHP_FILEQ_SIGNALS_H */
