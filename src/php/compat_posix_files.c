/*
 * The posix_* stand-ins on files, terminals and the system: posix_uname(),
 * ctermid/ttyname/isatty, getcwd, mkfifo, access/eaccess, mknod, and 8.3's
 * sysconf/pathconf/fpathconf, over src/core/sysfiles.c, fifo.c and
 * process.c. As in compat_posix.c, which holds the family's descriptor and
 * the stub's arginfo, a failure returns false (or -1) and records errno for
 * posix_get_last_error().
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "php.h"
#include "fopen_wrappers.h"

#include "src/core/fifo.h"
#include "src/core/process.h"
#include "src/core/sysfiles.h"
#include "src/php/compat_posix.h"

#if PHP_VERSION_ID >= 80400
/* 8.4 words an empty path this way (8.3: "cannot be empty") */
# define PHP_FILEQ_POSIX_EMPTY "must not be empty"
#else
# define PHP_FILEQ_POSIX_EMPTY "cannot be empty"
#endif

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

/* What a function taking int|resource does with a value that is neither: each as its ext/posix, which differ. */
typedef enum {
	PHP_FILEQ_POSIX_FD_LOOSE,    /* converts it silently (ttyname before 8.3, isatty before 8.4) */
	PHP_FILEQ_POSIX_FD_CONVERT,  /* warns, then converts it (ttyname from 8.3) */
	PHP_FILEQ_POSIX_FD_WARN,     /* warns and fails (isatty from 8.4) */
	PHP_FILEQ_POSIX_FD_THROW,    /* a TypeError (fpathconf) */
} php_fileq_posix_fd_rule_t;

/*
 * Argument #1 as a descriptor: a stream's, or an int, which every rule but
 * LOOSE reads as a parameter would be (weak or strict). An int that no
 * descriptor is gets a warning and false under CONVERT, and under every rule
 * but LOOSE from 8.5 on, which records EBADF too. False: the function
 * returns false, or throws (EG(exception) set) under THROW.
 */
static bool php_fileq_posix_fd_arg(zval *zfd, php_fileq_posix_fd_rule_t rule, int *fd)
{
	if (Z_TYPE_P(zfd) == IS_RESOURCE) {
		return php_fileq_posix_stream_fd(zfd, fd);
	}
#if PHP_VERSION_ID >= 80300
	if (rule != PHP_FILEQ_POSIX_FD_LOOSE) {
		zend_long lfd;

		if (!zend_parse_arg_long(zfd, &lfd, NULL, false, 1)) {
			if (rule == PHP_FILEQ_POSIX_FD_THROW) {
				zend_argument_type_error(1, "must be of type int|resource, %s given", zend_zval_value_name(zfd));
				return false;
			}
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be of type int|resource, %s given",
				zend_zval_value_name(zfd));
			if (rule == PHP_FILEQ_POSIX_FD_WARN) {
				return false;
			}
			lfd = zval_get_long(zfd);
		}
		if ((PHP_VERSION_ID >= 80500 || rule == PHP_FILEQ_POSIX_FD_CONVERT) && (lfd < 0 || lfd > INT_MAX)) {
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be between 0 and %d", INT_MAX);
# if PHP_VERSION_ID >= 80500
			FILEQ_G(posix_errno) = EBADF;
# endif
			return false;
		}
		*fd = (int) lfd;
		return true;
	}
#else
	(void) rule;
#endif
	*fd = (int) zval_get_long(zfd);
	return true;
}

PHP_FUNCTION(posix_ctermid)
{
	char name[FQ_SYS_CTERMID_MAX];
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	if (fq_sys_ctermid(name, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_STRING(name);
}

PHP_FUNCTION(posix_ttyname)
{
	zval *zfd;
	char *name;
	fq_error_t err;
	int fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zfd)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_posix_fd_arg(zfd,
			PHP_VERSION_ID >= 80300 ? PHP_FILEQ_POSIX_FD_CONVERT : PHP_FILEQ_POSIX_FD_LOOSE, &fd)) {
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	if (fq_sys_ttyname(fd, &name, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETVAL_STRING(name);
	free(name);
}

PHP_FUNCTION(posix_isatty)
{
	zval *zfd;
	int fd;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(zfd)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_posix_fd_arg(zfd,
			PHP_VERSION_ID >= 80400 ? PHP_FILEQ_POSIX_FD_WARN : PHP_FILEQ_POSIX_FD_LOOSE, &fd)) {
		RETURN_FALSE;
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

/*
 * posix_access() and 8.3's posix_eaccess(): the name made absolute and held
 * to open_basedir, then access(2) by the real ids or eaccess(3) by the
 * effective ones.
 */
static void php_fileq_posix_access(INTERNAL_FUNCTION_PARAMETERS, bool effective)
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
		/* posix_access() records EIO; for posix_eaccess() an empty name is an error */
		if (effective) {
			zend_argument_value_error(1, PHP_FILEQ_POSIX_EMPTY);
			RETURN_THROWS();
		}
		FILEQ_G(posix_errno) = EIO;
		RETURN_FALSE;
	}
	if (php_check_open_basedir_ex(path, 0)) {
		efree(path);
		FILEQ_G(posix_errno) = EPERM;
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	rc = effective ? fq_sys_eaccess(path, (int) mode, &err) : fq_process_access(path, (int) mode, &err);
	efree(path);
	if (rc != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(posix_access)
{
	php_fileq_posix_access(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

#if PHP_VERSION_ID >= 80300
PHP_FUNCTION(posix_eaccess)
{
	php_fileq_posix_access(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}
#endif

PHP_FUNCTION(posix_mknod)
{
	zend_string *path;
	zend_long mode, major = 0, minor = 0;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_LONG(mode)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(major)
		Z_PARAM_LONG(minor)
	ZEND_PARSE_PARAMETERS_END();

	if (php_check_open_basedir_ex(ZSTR_VAL(path), 0)) {
		RETURN_FALSE;
	}
	/* ext/posix tests the two type bits one by one (a socket's bits share one with S_IFBLK's) */
	if (((mode & S_IFCHR) || (mode & S_IFBLK)) && major == 0) {
		zend_argument_value_error(3, "cannot be 0 for the POSIX_S_IFCHR and POSIX_S_IFBLK modes");
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_sys_mknod(ZSTR_VAL(path), (unsigned int) mode, (unsigned int) major, (unsigned int) minor, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

#if PHP_VERSION_ID >= 80300
/* ---- configurable limits (8.3) ------------------------------------------------- */

PHP_FUNCTION(posix_sysconf)
{
	zend_long name;
	fq_error_t err;
	long value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(name)
	ZEND_PARSE_PARAMETERS_END();

	/* ext/posix returns sysconf()'s -1 as it is, and records nothing */
	fq_error_clear(&err);
	(void) fq_sys_sysconf((int) name, &value, &err);
	RETURN_LONG((zend_long) value);
}

PHP_FUNCTION(posix_pathconf)
{
	char *path;
	size_t path_len;
	zend_long name;
	fq_error_t err;
	long value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_PATH(path, path_len)
		Z_PARAM_LONG(name)
	ZEND_PARSE_PARAMETERS_END();

	if (path_len == 0) {
		zend_argument_value_error(1, PHP_FILEQ_POSIX_EMPTY);
		RETURN_THROWS();
	}
	if (php_check_open_basedir(path)) {
		php_error_docref(NULL, E_WARNING, "Invalid path supplied: %s", path);
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	if (fq_sys_pathconf(path, (int) name, &value, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) value);
}

PHP_FUNCTION(posix_fpathconf)
{
	zval *zfd;
	zend_long name;
	fq_error_t err;
	long value;
	int fd;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_LONG(name)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_posix_fd_arg(zfd, PHP_FILEQ_POSIX_FD_THROW, &fd)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	if (fq_sys_fpathconf(fd, (int) name, &value, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) value);
}
#endif
