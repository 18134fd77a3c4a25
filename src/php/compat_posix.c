/*
 * The posix_* stand-ins on the process: kill, the ids, sessions and process
 * groups, supplementary groups, times, the user and group databases and the
 * resource limits; posix_get_last_error() and the family's descriptor
 * (compat_posix_files.c holds files, terminals and the system's names and
 * limits). ext/posix's signatures and return values over
 * src/core/process.c and accounts.c. Like ext/posix they warn about almost
 * nothing: a failure returns false (or -1) and records errno for
 * posix_get_last_error(). The user and group lookups go through the
 * reentrant calls, which report what ext/posix's getpwnam() and friends do.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <limits.h>
#include <string.h>
/* these three also define what the stub's constants take (RLIMIT_*, S_IF*, F_OK, _SC_*, _PC_*) */
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "php.h"

#include "src/core/accounts.h"
#include "src/core/process.h"
#include "src/php/compat_posix.h"
#include "stubs/compat_posix_arginfo.h"

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

/*
 * posix_getgrnam() and its three neighbours: one key, read by Z_PARAM_KEY
 * into a key_type named key, and one reentrant lookup given key_arg; the
 * entry as an array, or false with its errno recorded (0 for "no such
 * entry", as ext/posix).
 */
#define PHP_FILEQ_POSIX_LOOKUP_FUNCTION(name, key_type, Z_PARAM_KEY, key_arg, entry_type, lookup, to_array) \
	PHP_FUNCTION(name) \
	{ \
		key_type key; \
		fq_account_buf_t buf = {NULL, 0}; \
		entry_type entry; \
		fq_error_t err; \
		ZEND_PARSE_PARAMETERS_START(1, 1) \
			Z_PARAM_KEY(key) \
		ZEND_PARSE_PARAMETERS_END(); \
		fq_error_clear(&err); \
		if (lookup(key_arg, &entry, &buf, &err) != FQ_OK) { \
			fq_account_buf_free(&buf); \
			php_fileq_posix_fail(&err); \
			RETURN_FALSE; \
		} \
		to_array(return_value, &entry); \
		fq_account_buf_free(&buf); \
	}

PHP_FILEQ_POSIX_LOOKUP_FUNCTION(posix_getgrnam, zend_string *, Z_PARAM_STR, ZSTR_VAL(key),
	struct group, fq_account_group_by_name, php_fileq_posix_group_array)
PHP_FILEQ_POSIX_LOOKUP_FUNCTION(posix_getgrgid, zend_long, Z_PARAM_LONG, (long) key,
	struct group, fq_account_group_by_id, php_fileq_posix_group_array)
PHP_FILEQ_POSIX_LOOKUP_FUNCTION(posix_getpwnam, zend_string *, Z_PARAM_STR, ZSTR_VAL(key),
	struct passwd, fq_account_user_by_name, php_fileq_posix_passwd_array)
PHP_FILEQ_POSIX_LOOKUP_FUNCTION(posix_getpwuid, zend_long, Z_PARAM_LONG, (long) key,
	struct passwd, fq_account_user_by_id, php_fileq_posix_passwd_array)

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
