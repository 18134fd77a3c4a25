/*
 * The pcntl_* stand-ins on processes: fork, the waits and status words,
 * exec, priorities, unshare and (8.4) CPUs, with ext/pcntl's signatures,
 * return values, warnings and errors, over src/core/process.c. A failure
 * records errno for pcntl_get_last_error(); compat_pcntl.c holds the
 * signals, that errno's functions and the family's descriptor and arginfo.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "php.h"
#ifdef ZEND_MAX_EXECUTION_TIMERS
# include "zend_max_execution_timer.h"
#endif

#include "php_fileq.h"
#include "src/core/process.h"
#include "src/php/compat_pcntl.h"

PHP_FUNCTION(pcntl_fork)
{
	fq_error_t err;
	long pid;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	if (fq_process_fork(&pid, &err) != FQ_OK) {
		FILEQ_G(pcntl_errno) = err.sys_errno;
		php_error_docref(NULL, E_WARNING, "Error %d", err.sys_errno);
		RETURN_LONG(-1);
	}
#ifdef ZEND_MAX_EXECUTION_TIMERS
	if (pid == 0) {
		zend_max_execution_timer_init();
	}
#endif
	RETURN_LONG((zend_long) pid);
}

static void php_fileq_pcntl_rusage(zval *to, const struct rusage *ru)
{
	add_assoc_long(to, "ru_oublock", ru->ru_oublock);
	add_assoc_long(to, "ru_inblock", ru->ru_inblock);
	add_assoc_long(to, "ru_msgsnd", ru->ru_msgsnd);
	add_assoc_long(to, "ru_msgrcv", ru->ru_msgrcv);
	add_assoc_long(to, "ru_maxrss", ru->ru_maxrss);
	add_assoc_long(to, "ru_ixrss", ru->ru_ixrss);
	add_assoc_long(to, "ru_idrss", ru->ru_idrss);
	add_assoc_long(to, "ru_minflt", ru->ru_minflt);
	add_assoc_long(to, "ru_majflt", ru->ru_majflt);
	add_assoc_long(to, "ru_nsignals", ru->ru_nsignals);
	add_assoc_long(to, "ru_nvcsw", ru->ru_nvcsw);
	add_assoc_long(to, "ru_nivcsw", ru->ru_nivcsw);
	add_assoc_long(to, "ru_nswap", ru->ru_nswap);
	add_assoc_long(to, "ru_utime.tv_usec", ru->ru_utime.tv_usec);
	add_assoc_long(to, "ru_utime.tv_sec", ru->ru_utime.tv_sec);
	add_assoc_long(to, "ru_stime.tv_usec", ru->ru_stime.tv_usec);
	add_assoc_long(to, "ru_stime.tv_sec", ru->ru_stime.tv_sec);
}

/*
 * pcntl_wait() and pcntl_waitpid(): one wait, not restarted (a handler
 * installed with $restart_syscalls = false makes it return -1, EINTR, as
 * pcntl's does); the status goes to &$status whatever the outcome.
 */
static void php_fileq_pcntl_wait(zend_long pid, zval *zstatus, zend_long options, zval *zrusage, zval *return_value)
{
	struct rusage ru;
	fq_error_t err;
	long child;
	int status = (int) zval_get_long(zstatus);

	if (zrusage != NULL) {
		zrusage = zend_try_array_init(zrusage);
		if (zrusage == NULL) {
			RETURN_THROWS();
		}
	}
	memset(&ru, 0, sizeof(ru));
	fq_error_clear(&err);
	if (fq_process_waitpid((long) (pid_t) pid, (int) options, &status, zrusage ? &ru : NULL, &child, &err) != FQ_OK) {
		FILEQ_G(pcntl_errno) = err.sys_errno;
	}
	if (child > 0 && zrusage != NULL) {
		php_fileq_pcntl_rusage(zrusage, &ru);
	}
	ZEND_TRY_ASSIGN_REF_LONG(zstatus, status);
	RETURN_LONG((zend_long) child);
}

PHP_FUNCTION(pcntl_waitpid)
{
	zend_long pid, options = 0;
	zval *zstatus, *zrusage = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_LONG(pid)
		Z_PARAM_ZVAL(zstatus)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(options)
		Z_PARAM_ZVAL(zrusage)
	ZEND_PARSE_PARAMETERS_END();

	php_fileq_pcntl_wait(pid, zstatus, options, zrusage, return_value);
}

PHP_FUNCTION(pcntl_wait)
{
	zend_long options = 0;
	zval *zstatus, *zrusage = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ZVAL(zstatus)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(options)
		Z_PARAM_ZVAL(zrusage)
	ZEND_PARSE_PARAMETERS_END();

	php_fileq_pcntl_wait(-1, zstatus, options, zrusage, return_value);
}

#if PHP_VERSION_ID >= 80400
/*
 * pcntl_waitid() (8.4; 8.5 adds &$resource_usage): one waitid(), not
 * retried; false with errno recorded and no warning on failure, else the
 * siginfo in &$info with every key pcntl gives it (even when WNOHANG found
 * nothing: then all are 0).
 */
PHP_FUNCTION(pcntl_waitid)
{
	zend_long idtype = P_ALL, id = 0, flags = WEXITED;
	bool id_is_null = true;
	zval *zinfo = NULL, *zrusage = NULL;
	struct rusage ru;
	siginfo_t si;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(0, PHP_VERSION_ID >= 80500 ? 5 : 4)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(idtype)
		Z_PARAM_LONG_OR_NULL(id, id_is_null)
		Z_PARAM_ZVAL(zinfo)
		Z_PARAM_LONG(flags)
# if PHP_VERSION_ID >= 80500
		Z_PARAM_ZVAL(zrusage)
# endif
	ZEND_PARSE_PARAMETERS_END();

	/* 8.5 empties &$resource_usage before the call, so a failure leaves [] */
	if (zrusage != NULL) {
		zrusage = zend_try_array_init(zrusage);
		if (zrusage == NULL) {
			RETURN_THROWS();
		}
	}
	fq_error_clear(&err);
	if (fq_process_waitid((int) idtype, id_is_null ? 0 : (long) id, (int) flags, &si,
			zrusage != NULL ? &ru : NULL, &err) != FQ_OK) {
		FILEQ_G(pcntl_errno) = err.sys_errno;
		RETURN_FALSE;
	}
	if (zinfo != NULL) {
		zinfo = zend_try_array_init(zinfo);
		if (zinfo == NULL) {
			RETURN_THROWS();
		}
		add_assoc_long(zinfo, "signo", si.si_signo);
		add_assoc_long(zinfo, "errno", si.si_errno);
		add_assoc_long(zinfo, "code", si.si_code);
		add_assoc_long(zinfo, "status", si.si_status);
		add_assoc_double(zinfo, "utime", (double) si.si_utime);
		add_assoc_double(zinfo, "stime", (double) si.si_stime);
		add_assoc_long(zinfo, "pid", (zend_long) si.si_pid);
		add_assoc_long(zinfo, "uid", (zend_long) si.si_uid);
	}
	if (zrusage != NULL) {
		php_fileq_pcntl_rusage(zrusage, &ru);
	}
	RETURN_TRUE;
}
#endif

/* ---- status words ----------------------------------------------------------- */

/* pcntl_wifexited() and the six like it: one of <sys/wait.h>'s macros of an int status word, as a bool or an int. */
#define PHP_FILEQ_PCNTL_STATUS_FUNCTION(name, macro, RETURN) \
	PHP_FUNCTION(name) \
	{ \
		zend_long status; \
		ZEND_PARSE_PARAMETERS_START(1, 1) \
			Z_PARAM_LONG(status) \
		ZEND_PARSE_PARAMETERS_END(); \
		RETURN(macro((int) status)); \
	}

PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wifexited, WIFEXITED, RETURN_BOOL)
PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wifstopped, WIFSTOPPED, RETURN_BOOL)
PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wifcontinued, WIFCONTINUED, RETURN_BOOL)
PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wifsignaled, WIFSIGNALED, RETURN_BOOL)
PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wexitstatus, WEXITSTATUS, RETURN_LONG)
PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wtermsig, WTERMSIG, RETURN_LONG)
PHP_FILEQ_PCNTL_STATUS_FUNCTION(pcntl_wstopsig, WSTOPSIG, RETURN_LONG)

/* ---- exec ------------------------------------------------------------------- */

/* The strings of an array, as pcntl_exec() converts them (a conversion that throws stops it). */
static bool php_fileq_pcntl_strings(HashTable *ht, zend_string **out, uint32_t *n)
{
	zval *v;

	*n = 0;
	ZEND_HASH_FOREACH_VAL(ht, v) {
		zend_string *str = zval_try_get_string(v);

		if (str == NULL) {
			return false;
		}
		out[(*n)++] = str;
	} ZEND_HASH_FOREACH_END();
	return true;
}

PHP_FUNCTION(pcntl_exec)
{
	char *path;
	size_t path_len;
	zval *zargs = NULL, *zenv = NULL, *v;
	zend_string **args = NULL, **env = NULL, *key;
	zend_ulong index;
	char **argv = NULL, **envp = NULL;
	uint32_t nargs = 0, nenv = 0, i;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_PATH(path, path_len)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(zargs)
		Z_PARAM_ARRAY(zenv)
	ZEND_PARSE_PARAMETERS_END();

	(void) path_len;
	if (zargs != NULL) {
		args = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(zargs)) + 1, sizeof(zend_string *), 0);
		if (!php_fileq_pcntl_strings(Z_ARRVAL_P(zargs), args, &nargs)) {
			goto done;
		}
	}
	argv = safe_emalloc((size_t) nargs + 2, sizeof(char *), 0);
	argv[0] = path;
	for (i = 0; i < nargs; i++) {
		argv[i + 1] = ZSTR_VAL(args[i]);
	}
	argv[nargs + 1] = NULL;

	/* given an environment (even an empty one), execve() with it; else execv() and this one's */
	if (zenv != NULL) {
		env = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(zenv)) + 1, sizeof(zend_string *), 0);
		ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(zenv), index, key, v) {
			zend_string *value = zval_try_get_string(v);
			zend_string *name = key != NULL ? zend_string_copy(key) : zend_long_to_str((zend_long) index);

			if (value == NULL) {
				zend_string_release(name);
				goto done;
			}
			/* As pcntl's strlcpy(): a key with a NUL in it is cut there, and the '=' follows (["A\0B" => 'x']: A=x). */
			env[nenv++] = zend_string_concat3(ZSTR_VAL(name), strnlen(ZSTR_VAL(name), ZSTR_LEN(name)), "=", 1,
				ZSTR_VAL(value), ZSTR_LEN(value));
			zend_string_release(name);
			zend_string_release(value);
		} ZEND_HASH_FOREACH_END();
		envp = safe_emalloc((size_t) nenv + 1, sizeof(char *), 0);
		for (i = 0; i < nenv; i++) {
			envp[i] = ZSTR_VAL(env[i]);
		}
		envp[nenv] = NULL;
	}

	fq_error_clear(&err);
	(void) fq_process_exec(path, argv, envp, &err);
	FILEQ_G(pcntl_errno) = err.sys_errno;
	php_error_docref(NULL, E_WARNING, "Error has occurred: (errno %d) %s", err.sys_errno, strerror(err.sys_errno));
	RETVAL_FALSE;

done:
	for (i = 0; i < nargs; i++) {
		zend_string_release(args[i]);
	}
	for (i = 0; i < nenv; i++) {
		zend_string_release(env[i]);
	}
	if (args != NULL) {
		efree(args);
	}
	if (env != NULL) {
		efree(env);
	}
	if (argv != NULL) {
		efree(argv);
	}
	if (envp != NULL) {
		efree(envp);
	}
}

/* ---- priorities and namespaces ------------------------------------------------ */

/* A $process_id as the priority and CPU functions take it: null is the calling process. */
static zend_long php_fileq_pcntl_pid(zend_long pid, bool pid_is_null)
{
	return pid_is_null ? (zend_long) fq_process_pid() : pid;
}

/*
 * A priority call's failure as pcntl words it, errno recorded: true for
 * EINVAL, a ValueError on $mode (the caller throws), else a warning.
 * pcntl_setpriority() has words of its own for EPERM and EACCES, which
 * pcntl_getpriority() calls unknown.
 */
static bool php_fileq_pcntl_priority_failed(int e, bool set)
{
	FILEQ_G(pcntl_errno) = e;
	switch (e) {
		case ESRCH:
			php_error_docref(NULL, E_WARNING, "Error %d: No process was located using the given parameters", e);
			return false;
		case EINVAL:
			zend_argument_value_error(set ? 3 : 2, "must be one of PRIO_PGRP, PRIO_USER, or PRIO_PROCESS");
			return true;
		case EPERM:
			if (set) {
				php_error_docref(NULL, E_WARNING, "Error %d: A process was located, but neither its effective nor real user ID matched the effective user ID of the caller", e);
				return false;
			}
			break;
		case EACCES:
			if (set) {
				php_error_docref(NULL, E_WARNING, "Error %d: Only a super user may attempt to increase the process priority", e);
				return false;
			}
			break;
	}
	php_error_docref(NULL, E_WARNING, "Unknown error %d has occurred", e);
	return false;
}

PHP_FUNCTION(pcntl_getpriority)
{
	zend_long pid = 0, mode = PRIO_PROCESS;
	bool pid_is_null = true;
	fq_error_t err;
	int prio;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(pid, pid_is_null)
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	pid = php_fileq_pcntl_pid(pid, pid_is_null);
	fq_error_clear(&err);
	if (fq_process_getpriority((int) mode, (long) pid, &prio, &err) != FQ_OK) {
		if (php_fileq_pcntl_priority_failed(err.sys_errno, false)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_LONG(prio);
}

PHP_FUNCTION(pcntl_setpriority)
{
	zend_long prio, pid = 0, mode = PRIO_PROCESS;
	bool pid_is_null = true;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG(prio)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(pid, pid_is_null)
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	pid = php_fileq_pcntl_pid(pid, pid_is_null);
	fq_error_clear(&err);
	if (fq_process_setpriority((int) mode, (long) pid, (int) prio, &err) != FQ_OK) {
		if (php_fileq_pcntl_priority_failed(err.sys_errno, true)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

#ifdef __linux__
PHP_FUNCTION(pcntl_unshare)
{
	zend_long flags;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(flags)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	if (fq_process_unshare((long) flags, &err) != FQ_OK) {
		int e = err.sys_errno;

		FILEQ_G(pcntl_errno) = e;
		switch (e) {
			case EINVAL:
				zend_argument_value_error(1, "must be a combination of CLONE_* flags");
				RETURN_THROWS();
			case ENOMEM:
				php_error_docref(NULL, E_WARNING, "Error %d: Insufficient memory for unshare", e);
				break;
			case EPERM:
				php_error_docref(NULL, E_WARNING, "Error %d: No privilege to use these flags", e);
				break;
			case ENOSPC:
				php_error_docref(NULL, E_WARNING, "Error %d: Reached the maximum nesting limit for one of the specified namespaces", e);
				break;
			case EUSERS:
				php_error_docref(NULL, E_WARNING, "Error %d: Reached the maximum nesting limit for the user namespace", e);
				break;
			default:
				php_error_docref(NULL, E_WARNING, "Unknown error %d has occurred", e);
				break;
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
#endif

#if PHP_VERSION_ID >= 80400 && defined(__linux__)
/* ---- CPUs (8.4) ------------------------------------------------------------------ */

PHP_FUNCTION(pcntl_getcpu)
{
	fq_error_t err;
	int cpu;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	(void) fq_process_getcpu(&cpu, &err);
	RETURN_LONG(cpu);
}

/* What an affinity call's failure gives, as pcntl words it: a process that is not there is a ValueError. */
static void php_fileq_pcntl_affinity_failed(const fq_error_t *err, zend_long pid)
{
	FILEQ_G(pcntl_errno) = err->sys_errno;
	switch (err->sys_errno) {
		case ESRCH:
			zend_argument_value_error(1, "invalid process (" ZEND_LONG_FMT ")", pid);
			break;
		case EPERM:
			php_error_docref(NULL, E_WARNING, "Calling process not having the proper privileges");
			break;
		default:
			php_error_docref(NULL, E_WARNING, "Error %d", err->sys_errno);
			break;
	}
}

/* The CPUs online: pcntl's bound for a cpu id. */
static zend_long php_fileq_pcntl_maxcpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1) {
		n = 1;
	}
	return n > FQ_CPU_MAX ? FQ_CPU_MAX : n;
}

PHP_FUNCTION(pcntl_getcpuaffinity)
{
	zend_long pid = 0;
	bool pid_is_null = true;
	fq_cpu_set_t set;
	fq_error_t err;
	zend_long i;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(pid, pid_is_null)
	ZEND_PARSE_PARAMETERS_END();

	pid = php_fileq_pcntl_pid(pid, pid_is_null);
	fq_error_clear(&err);
	if (fq_process_getaffinity((long) pid, &set, &err) != FQ_OK) {
		php_fileq_pcntl_affinity_failed(&err, pid);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	array_init(return_value);
	for (i = 0; i < FQ_CPU_MAX; i++) {
		if (set.mask[i / 64] & (1ULL << (i % 64))) {
			add_next_index_long(return_value, i);
		}
	}
}

PHP_FUNCTION(pcntl_setcpuaffinity)
{
	zend_long pid = 0, max = php_fileq_pcntl_maxcpus();
	bool pid_is_null = true;
	zval *zcpus = NULL, *v;
	fq_cpu_set_t set;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(pid, pid_is_null)
		Z_PARAM_ARRAY(zcpus)
	ZEND_PARSE_PARAMETERS_END();

	if (zcpus == NULL || zend_hash_num_elements(Z_ARRVAL_P(zcpus)) == 0) {
		zend_argument_value_error(2, "must not be empty");
		RETURN_THROWS();
	}
	pid = php_fileq_pcntl_pid(pid, pid_is_null);
	memset(&set, 0, sizeof(set));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zcpus), v) {
		zend_long cpu;

		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) == IS_LONG) {
			cpu = Z_LVAL_P(v);
		} else if (Z_TYPE_P(v) == IS_STRING) {
			/* an integer in its canonical text only, as an array key would be */
			zend_ulong idx;

			if (!_zend_handle_numeric_str(Z_STRVAL_P(v), Z_STRLEN_P(v), &idx)) {
				zend_argument_value_error(2, "cpu id invalid value (%s)", Z_STRVAL_P(v));
				RETURN_THROWS();
			}
			cpu = (zend_long) idx;
		} else {
			zend_argument_type_error(2, "value must be of type int|string, %s given", zend_zval_value_name(v));
			RETURN_THROWS();
		}
		if (cpu < 0 || cpu >= max) {
			/* 8.5 names the count as the bound, 8.4 and 8.6 the highest id */
			zend_argument_value_error(2, "cpu id must be between 0 and " ZEND_LONG_FMT " (" ZEND_LONG_FMT ")",
				PHP_VERSION_ID >= 80500 && PHP_VERSION_ID < 80600 ? max : max - 1, cpu);
			RETURN_THROWS();
		}
		set.mask[cpu / 64] |= 1ULL << (cpu % 64);
	} ZEND_HASH_FOREACH_END();

	fq_error_clear(&err);
	if (fq_process_setaffinity((long) pid, &set, &err) != FQ_OK) {
		php_fileq_pcntl_affinity_failed(&err, pid);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
#endif
