/*
 * The posix_* stand-ins: ext/posix's signatures, return values and
 * posix_get_last_error() bookkeeping, over src/core/process.c and fifo.c.
 * Like ext/posix they warn about almost nothing: a failure returns false
 * (or -1) and records errno for posix_get_last_error(). The user and group
 * lookups go through the reentrant calls (src/core/accounts.c), which
 * report what ext/posix's getpwnam() and friends do.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "php.h"
#include "php_open_temporary_file.h"
#include "fopen_wrappers.h"
#include "ext/standard/file.h"

#include "php_fileq.h"
#include "src/core/accounts.h"
#include "src/core/fifo.h"
#include "src/core/process.h"
#include "src/core/sysfiles.h"
#include "src/php/compat_posix.h"
#include "stubs/compat_posix_arginfo.h"

static void php_fileq_posix_fail(const fq_error_t *err)
{
	FILEQ_G(posix_errno) = err->sys_errno;
}

#if PHP_VERSION_ID >= 80400
/* 8.4 words an empty path this way (8.3: "cannot be empty") */
# define PHP_FILEQ_POSIX_EMPTY "must not be empty"
#else
# define PHP_FILEQ_POSIX_EMPTY "cannot be empty"
#endif

#if PHP_VERSION_ID >= 80500
/* 8.5's posix refuses a process id no pid_t holds (a ValueError, errno untouched), where 8.4 truncated it. */
static bool php_fileq_posix_pid_ok(zend_long v, uint32_t arg)
{
	if (v < 0 || v > INT_MAX) {
		zend_argument_value_error(arg, "must be between 0 and %d", INT_MAX);
		return false;
	}
	return true;
}
#endif

PHP_FUNCTION(posix_kill)
{
	zend_long pid, sig;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(pid)
		Z_PARAM_LONG(sig)
	ZEND_PARSE_PARAMETERS_END();

#if PHP_VERSION_ID >= 80500
	/* negative ids are process groups here; 8.5 prints INT_MIN without its sign, as this does */
	if (pid < INT_MIN || pid > INT_MAX) {
		zend_argument_value_error(1, "must be between %u and %d", (unsigned int) INT_MIN, INT_MAX);
		RETURN_THROWS();
	}
#endif
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

/* posix_setuid() and its three neighbours: one id, true or false. */
static void php_fileq_posix_setid(INTERNAL_FUNCTION_PARAMETERS, int which)
{
	zend_long id;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	if (fq_process_setid(which, (long) id, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(posix_setuid)
{
	php_fileq_posix_setid(INTERNAL_FUNCTION_PARAM_PASSTHRU, FQ_ID_UID);
}

PHP_FUNCTION(posix_seteuid)
{
	php_fileq_posix_setid(INTERNAL_FUNCTION_PARAM_PASSTHRU, FQ_ID_EUID);
}

PHP_FUNCTION(posix_setgid)
{
	php_fileq_posix_setid(INTERNAL_FUNCTION_PARAM_PASSTHRU, FQ_ID_GID);
}

PHP_FUNCTION(posix_setegid)
{
	php_fileq_posix_setid(INTERNAL_FUNCTION_PARAM_PASSTHRU, FQ_ID_EGID);
}

PHP_FUNCTION(posix_getgroups)
{
	gid_t *list;
	fq_error_t err;
	int n, i;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	if (fq_account_groups(NULL, 0, &n, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	list = safe_emalloc((size_t) n + 1, sizeof(gid_t), 0);
	if (fq_account_groups(list, n, &n, &err) != FQ_OK) {
		efree(list);
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	array_init(return_value);
	for (i = 0; i < n; i++) {
		add_next_index_long(return_value, (zend_long) list[i]);
	}
	efree(list);
}

PHP_FUNCTION(posix_getlogin)
{
	fq_account_buf_t buf = {NULL, 0};
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_NONE();

	fq_error_clear(&err);
	if (fq_account_login(&buf, &err) != FQ_OK) {
		fq_account_buf_free(&buf);
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETVAL_STRING(buf.mem);
	fq_account_buf_free(&buf);
}

PHP_FUNCTION(posix_setpgid)
{
	zend_long pid, pgid;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(pid)
		Z_PARAM_LONG(pgid)
	ZEND_PARSE_PARAMETERS_END();

#if PHP_VERSION_ID >= 80500
	if (!php_fileq_posix_pid_ok(pid, 1) || !php_fileq_posix_pid_ok(pgid, 2)) {
		RETURN_THROWS();
	}
#endif
	fq_error_clear(&err);
	if (fq_process_setpgid((long) (pid_t) pid, (long) (pid_t) pgid, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

PHP_FUNCTION(posix_getsid)
{
	zend_long pid;
	fq_error_t err;
	long sid;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(pid)
	ZEND_PARSE_PARAMETERS_END();

#if PHP_VERSION_ID >= 80500
	if (!php_fileq_posix_pid_ok(pid, 1)) {
		RETURN_THROWS();
	}
#endif
	fq_error_clear(&err);
	if (fq_process_getsid((long) (pid_t) pid, &sid, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) sid);
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

	if (Z_TYPE_P(zfd) == IS_RESOURCE) {
		if (!php_fileq_posix_stream_fd(zfd, &fd)) {
			RETURN_FALSE;
		}
	} else {
#if PHP_VERSION_ID >= 80300
		/* 8.3's posix takes an int as a parameter would (else warns and converts), and refuses what no int holds */
		zend_long lfd;

		if (!zend_parse_arg_long(zfd, &lfd, NULL, false, 1)) {
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be of type int|resource, %s given",
				zend_zval_value_name(zfd));
			lfd = zval_get_long(zfd);
		}
		if (lfd < 0 || lfd > INT_MAX) {
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be between 0 and %d", INT_MAX);
# if PHP_VERSION_ID >= 80500
			FILEQ_G(posix_errno) = EBADF;  /* 8.5 records why */
# endif
			RETURN_FALSE;
		}
		fd = (int) lfd;
#else
		fd = (int) zval_get_long(zfd);
#endif
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
PHP_FUNCTION(posix_eaccess)
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
		/* unlike posix_access(), an empty name is an error */
		zend_argument_value_error(1, PHP_FILEQ_POSIX_EMPTY);
		RETURN_THROWS();
	}
	if (php_check_open_basedir_ex(path, 0)) {
		efree(path);
		FILEQ_G(posix_errno) = EPERM;
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	rc = fq_sys_eaccess(path, (int) mode, &err);
	efree(path);
	if (rc != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_TRUE;
}
#endif

/* ---- the user and group databases ------------------------------------------- */

static void php_fileq_posix_group_array(zval *to, const struct group *g)
{
	zval members;
	size_t i;

	array_init(to);
	add_assoc_string(to, "name", g->gr_name);
	if (g->gr_passwd != NULL) {
		add_assoc_string(to, "passwd", g->gr_passwd);
	} else {
		add_assoc_null(to, "passwd");
	}
	array_init(&members);
	for (i = 0; g->gr_mem != NULL && g->gr_mem[i] != NULL; i++) {
		add_next_index_string(&members, g->gr_mem[i]);
	}
	add_assoc_zval(to, "members", &members);
	add_assoc_long(to, "gid", (zend_long) g->gr_gid);
}

static void php_fileq_posix_passwd_array(zval *to, const struct passwd *pw)
{
	array_init(to);
	add_assoc_string(to, "name", pw->pw_name);
	add_assoc_string(to, "passwd", pw->pw_passwd);
	add_assoc_long(to, "uid", (zend_long) pw->pw_uid);
	add_assoc_long(to, "gid", (zend_long) pw->pw_gid);
	add_assoc_string(to, "gecos", pw->pw_gecos);
	add_assoc_string(to, "dir", pw->pw_dir);
	add_assoc_string(to, "shell", pw->pw_shell);
}

/* Ends a lookup: the entry as an array, or false with its errno recorded (0 for "no such entry", as ext/posix). */
#define PHP_FILEQ_POSIX_LOOKUP_END(rc, to_array, entry) \
	do { \
		if ((rc) != FQ_OK) { \
			fq_account_buf_free(&buf); \
			php_fileq_posix_fail(&err); \
			RETURN_FALSE; \
		} \
		to_array(return_value, &(entry)); \
		fq_account_buf_free(&buf); \
	} while (0)

PHP_FUNCTION(posix_getgrnam)
{
	zend_string *name;
	fq_account_buf_t buf = {NULL, 0};
	struct group g;
	fq_error_t err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	rc = fq_account_group_by_name(ZSTR_VAL(name), &g, &buf, &err);
	PHP_FILEQ_POSIX_LOOKUP_END(rc, php_fileq_posix_group_array, g);
}

PHP_FUNCTION(posix_getgrgid)
{
	zend_long gid;
	fq_account_buf_t buf = {NULL, 0};
	struct group g;
	fq_error_t err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(gid)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	rc = fq_account_group_by_id((long) gid, &g, &buf, &err);
	PHP_FILEQ_POSIX_LOOKUP_END(rc, php_fileq_posix_group_array, g);
}

PHP_FUNCTION(posix_getpwnam)
{
	zend_string *name;
	fq_account_buf_t buf = {NULL, 0};
	struct passwd pw;
	fq_error_t err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	rc = fq_account_user_by_name(ZSTR_VAL(name), &pw, &buf, &err);
	PHP_FILEQ_POSIX_LOOKUP_END(rc, php_fileq_posix_passwd_array, pw);
}

PHP_FUNCTION(posix_getpwuid)
{
	zend_long uid;
	fq_account_buf_t buf = {NULL, 0};
	struct passwd pw;
	fq_error_t err;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(uid)
	ZEND_PARSE_PARAMETERS_END();

	fq_error_clear(&err);
	rc = fq_account_user_by_id((long) uid, &pw, &buf, &err);
	PHP_FILEQ_POSIX_LOOKUP_END(rc, php_fileq_posix_passwd_array, pw);
}

PHP_FUNCTION(posix_initgroups)
{
	zend_string *name;
	zend_long gid;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_LONG(gid)
	ZEND_PARSE_PARAMETERS_END();

	/* ext/posix records no errno here, and refuses an empty name without a call */
	if (ZSTR_LEN(name) == 0) {
		RETURN_FALSE;
	}
	fq_error_clear(&err);
	RETURN_BOOL(fq_account_initgroups(ZSTR_VAL(name), (long) gid, &err) == FQ_OK);
}

/* ---- resource limits --------------------------------------------------------- */

/* The limits posix_getrlimit() lists, in ext/posix's order and with its names. */
static const struct {
	int resource;
	const char *name;
} php_fileq_posix_limits[] = {
	{RLIMIT_CORE, "core"},
	{RLIMIT_DATA, "data"},
	{RLIMIT_STACK, "stack"},
	{RLIMIT_AS, "totalmem"},
	{RLIMIT_RSS, "rss"},
	{RLIMIT_NPROC, "maxproc"},
	{RLIMIT_MEMLOCK, "memlock"},
	{RLIMIT_CPU, "cpu"},
	{RLIMIT_FSIZE, "filesize"},
	{RLIMIT_NOFILE, "openfiles"},
};

/* A limit as ext/posix shows it: the number, or "unlimited". */
static void php_fileq_posix_limit_zval(zval *to, rlim_t v)
{
	if (v == RLIM_INFINITY) {
		ZVAL_STRINGL(to, "unlimited", sizeof("unlimited") - 1);
	} else {
		ZVAL_LONG(to, (zend_long) v);
	}
}

PHP_FUNCTION(posix_getrlimit)
{
	struct rlimit rl;
	fq_error_t err;
	size_t i;
	zval v;
#if PHP_VERSION_ID >= 80300
	zend_long res = 0;
	bool res_is_null = true;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(res, res_is_null)
	ZEND_PARSE_PARAMETERS_END();

	if (!res_is_null) {
		/* one resource: [soft, hard] */
		fq_error_clear(&err);
		if (fq_process_getrlimit((int) res, &rl, &err) != FQ_OK) {
			php_fileq_posix_fail(&err);
			RETURN_FALSE;
		}
		array_init(return_value);
		php_fileq_posix_limit_zval(&v, rl.rlim_cur);
		add_next_index_zval(return_value, &v);
		php_fileq_posix_limit_zval(&v, rl.rlim_max);
		add_next_index_zval(return_value, &v);
		return;
	}
#else
	ZEND_PARSE_PARAMETERS_NONE();
#endif

	array_init(return_value);
	for (i = 0; i < sizeof(php_fileq_posix_limits) / sizeof(php_fileq_posix_limits[0]); i++) {
		char key[64];

		fq_error_clear(&err);
		if (fq_process_getrlimit(php_fileq_posix_limits[i].resource, &rl, &err) != FQ_OK) {
			zend_array_destroy(Z_ARR_P(return_value));
			php_fileq_posix_fail(&err);
			RETURN_FALSE;
		}
		snprintf(key, sizeof(key), "soft %s", php_fileq_posix_limits[i].name);
		php_fileq_posix_limit_zval(&v, rl.rlim_cur);
		add_assoc_zval(return_value, key, &v);
		snprintf(key, sizeof(key), "hard %s", php_fileq_posix_limits[i].name);
		php_fileq_posix_limit_zval(&v, rl.rlim_max);
		add_assoc_zval(return_value, key, &v);
	}
}

PHP_FUNCTION(posix_setrlimit)
{
	zend_long res, soft, hard;
	struct rlimit rl;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_LONG(res)
		Z_PARAM_LONG(soft)
		Z_PARAM_LONG(hard)
	ZEND_PARSE_PARAMETERS_END();

#if PHP_VERSION_ID >= 80500
	/* 8.5 refuses what no limit is (below -1, RLIM_INFINITY) and a soft limit above a finite hard one */
	if (soft < -1) {
		zend_argument_value_error(2, "must be greater or equal to -1");
		RETURN_THROWS();
	}
	if (hard < -1) {
		zend_argument_value_error(3, "must be greater or equal to -1");
		RETURN_THROWS();
	}
	if (hard != -1 && soft > hard) {
		zend_argument_value_error(2, "must be lower or equal to " ZEND_LONG_FMT, hard);
		RETURN_THROWS();
	}
#endif
	/* as ext/posix: -1 is RLIM_INFINITY by the conversion */
	rl.rlim_cur = (rlim_t) soft;
	rl.rlim_max = (rlim_t) hard;
	fq_error_clear(&err);
	if (fq_process_setrlimit((int) res, &rl, &err) != FQ_OK) {
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
	zend_long name, lfd = 0;
	fq_error_t err;
	long value;
	int fd;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_LONG(name)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(zfd) == IS_RESOURCE) {
		if (!php_fileq_posix_stream_fd(zfd, &fd)) {
			RETURN_FALSE;
		}
	} else {
		if (!zend_parse_arg_long(zfd, &lfd, NULL, false, 1)) {
			zend_argument_type_error(1, "must be of type int|resource, %s given", zend_zval_value_name(zfd));
			RETURN_THROWS();
		}
# if PHP_VERSION_ID >= 80500
		if (lfd < 0 || lfd > INT_MAX) {
			php_error_docref(NULL, E_WARNING, "Argument #1 ($file_descriptor) must be between 0 and %d", INT_MAX);
			FILEQ_G(posix_errno) = EBADF;
			RETURN_FALSE;
		}
# endif
		fd = (int) lfd;
	}
	fq_error_clear(&err);
	if (fq_sys_fpathconf(fd, (int) name, &value, &err) != FQ_OK) {
		php_fileq_posix_fail(&err);
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long) value);
}
#endif

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
	.register_symbols = register_compat_posix_symbols,  /* POSIX_F_OK, POSIX_S_IF*, POSIX_RLIMIT_* and the rest */
};
