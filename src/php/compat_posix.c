/*
 * The posix_* stand-ins: ext/posix's signatures, return values and
 * posix_get_last_error() bookkeeping, over src/core/process.c and fifo.c.
 * Like ext/posix they warn about nothing: a failure returns false (or -1)
 * and records errno for posix_get_last_error().
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "php.h"
#include "php_open_temporary_file.h"
#include "fopen_wrappers.h"
#include "ext/standard/file.h"

#include "php_fileq.h"
#include "src/core/fifo.h"
#include "src/core/process.h"
#include "src/php/compat_posix.h"
#include "stubs/compat_posix_arginfo.h"

static void php_fileq_posix_fail(const fq_error_t *err)
{
	FILEQ_G(posix_errno) = err->sys_errno;
}

PHP_FUNCTION(posix_kill)
{
	zend_long pid, sig;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(pid)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	if (fq_process_kill((long) (pid_t) pid, (int) sig, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

/* posix_getpid() and the six like it: no argument, never fails. */
#define PHP_FILEQ_POSIX_ID_FUNCTION(name, call) \
	PHP_FUNCTION(name) \
	{ \
		ZEND_PARSE_PARAMETERS_NONE(); \
		RETURN_LONG((zend_long) call()); \
	}

PHP_FILEQ_POSIX_ID_FUNCTION(posix_getpid, fq_process_pid)
PHP_FILEQ_POSIX_ID_FUNCTION(posix_getppid, fq_process_parent_pid)
PHP_FILEQ_POSIX_ID_FUNCTION(posix_getuid, fq_process_uid)
PHP_FILEQ_POSIX_ID_FUNCTION(posix_geteuid, fq_process_euid)
PHP_FILEQ_POSIX_ID_FUNCTION(posix_getgid, fq_process_gid)
PHP_FILEQ_POSIX_ID_FUNCTION(posix_getegid, fq_process_egid)
PHP_FILEQ_POSIX_ID_FUNCTION(posix_getpgrp, fq_process_pgrp)

/* As ext/posix: setsid()'s own result, -1 on failure, and no errno recorded. */
PHP_FUNCTION(posix_setsid)
{
	fq_error_t err;
	long sid;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	(void) fq_process_setsid(&sid, &err);
	RETURN_LONG((zend_long) sid);
}

PHP_FUNCTION(posix_getpgid)
{
	zend_long pid;
	fq_error_t err;
	long pgid;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(pid)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	if (fq_process_getpgid((long) (pid_t) pid, &pgid, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) pgid);
}

PHP_FUNCTION(posix_uname)
{
	struct utsname u;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	if (fq_process_uname(&u, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	array_init(return_value);
	add_assoc_string(return_value, "sysname", u.sysname);
	add_assoc_string(return_value, "nodename", u.nodename);
	add_assoc_string(return_value, "release", u.release);
	add_assoc_string(return_value, "version", u.version);
	add_assoc_string(return_value, "machine", u.machine);
#if defined(__linux__) && defined(_GNU_SOURCE)
	add_assoc_string(return_value, "domainname", u.domainname);
#endif
}

PHP_FUNCTION(posix_times)
{
	fq_times_t t;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	if (fq_process_times(&t, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	array_init(return_value);
	add_assoc_long(return_value, "ticks", (zend_long) t.ticks);
	add_assoc_long(return_value, "utime", (zend_long) t.utime);
	add_assoc_long(return_value, "stime", (zend_long) t.stime);
	add_assoc_long(return_value, "cutime", (zend_long) t.cutime);
	add_assoc_long(return_value, "cstime", (zend_long) t.cstime);
}

/* A stream's descriptor, as ext/posix finds it (select()able first). */
static bool php_fileq_posix_stream_fd(zval *zstream, int *fd)
{
	php_stream *stream;

	php_stream_from_zval_no_verify(stream, zstream);
	if (stream == NULL) {
		return false;
	}
	if (php_stream_can_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT) == SUCCESS) {
		php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void *) fd, 0);
	} else if (php_stream_can_cast(stream, PHP_STREAM_AS_FD) == SUCCESS) {
		php_stream_cast(stream, PHP_STREAM_AS_FD, (void *) fd, 0);
	} else {
		php_error_docref(NULL, E_WARNING, "Could not use stream of type '%s'", stream->ops->label);
		return false;
	}
	return true;
}

PHP_FUNCTION(posix_isatty)
{
	zval *zfd;
	int fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zfd)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(zfd) == IS_RESOURCE) {
		if (!php_fileq_posix_stream_fd(zfd, &fd)) {
			RETURN_FALSE;
		}
	} else {
#if PHP_VERSION_ID >= 80400
		/* 8.4's posix takes an int as a parameter would (weak or strict), else warns */
		zend_long lfd;

		if (!zend_parse_arg_long(zfd, &lfd, NULL, false, 1)) {
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be of type int|resource, %s given",
				zend_zval_value_name(zfd));
			RETURN_FALSE;
		}
# if PHP_VERSION_ID >= 80500
		/* and 8.5's refuses what is no descriptor at all */
		if (lfd < 0 || lfd > INT_MAX) {
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be between 0 and %d", INT_MAX);
			FILEQ_G(posix_errno) = EBADF;
			RETURN_FALSE;
		}
# endif
		fd = (int) lfd;
#else
		fd = (int) zval_get_long(zfd);
#endif
	}
	if (fq_process_isatty(fd)) {
		RETURN_TRUE;
	}
#if PHP_VERSION_ID >= 80400
	FILEQ_G(posix_errno) = errno;  /* 8.4 keeps isatty()'s errno, 8.2 did not */
#endif
	RETURN_FALSE;
}

PHP_FUNCTION(posix_getcwd)
{
	char buf[MAXPATHLEN];

	ZEND_PARSE_PARAMETERS_NONE();

	/* Through the engine's virtual cwd (ZTS keeps one per thread), as ext/posix. */
	if (VCWD_GETCWD(buf, MAXPATHLEN) == NULL) {
		FILEQ_G(posix_errno) = errno;
		RETURN_FALSE;
	}
	RETURN_STRING(buf);
}

PHP_FUNCTION(posix_mkfifo)
{
	zend_string *path;
	zend_long mode;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	if (php_check_open_basedir_ex(ZSTR_VAL(path), 0)) {
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	if (fq_fifo_mkfifo(ZSTR_VAL(path), (unsigned int) mode, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(posix_access)
{
	char *filename, *path;
	size_t filename_len;
	zend_long mode = 0;
	fq_error_t err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH(filename, filename_len)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	(void) filename_len;
	path = expand_filepath(filename, NULL);
	if (path == NULL) {
		FILEQ_G(posix_errno) = EIO;
		RETURN_FALSE;
	}
	if (php_check_open_basedir_ex(path, 0)) {
		efree(path);
		FILEQ_G(posix_errno) = EPERM;
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	rc = fq_process_access(path, (int) mode, &err);
	efree(path);
	if (rc != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(posix_get_last_error)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(FILEQ_G(posix_errno));
}

PHP_FUNCTION(posix_strerror)
{
	zend_long code;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(code)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STRING(strerror((int) code));
}

const php_fileq_compat_family_t php_fileq_compat_posix_family = {
	.name = "posix",
	.extension = "posix",
	.functions = ext_functions,
	.register_symbols = register_compat_posix_symbols,  /* POSIX_F_OK and the other access() modes */
};
