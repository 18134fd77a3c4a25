/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 90fd597406847aaede07da58313ec2e3d9c7099c */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_kill, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, process_id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_getpid, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_posix_getppid arginfo_posix_getpid

#define arginfo_posix_getuid arginfo_posix_getpid

#define arginfo_posix_geteuid arginfo_posix_getpid

#define arginfo_posix_getgid arginfo_posix_getpid

#define arginfo_posix_getegid arginfo_posix_getpid

#define arginfo_posix_getpgrp arginfo_posix_getpid

#define arginfo_posix_setsid arginfo_posix_getpid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getpgid, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, process_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_uname, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_posix_times arginfo_posix_uname

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_isatty, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_INFO(0, file_descriptor)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getcwd, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_mkfifo, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, permissions, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_access, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_posix_get_last_error arginfo_posix_getpid

#define arginfo_posix_errno arginfo_posix_getpid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_strerror, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, error_code, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(posix_kill);
ZEND_FUNCTION(posix_getpid);
ZEND_FUNCTION(posix_getppid);
ZEND_FUNCTION(posix_getuid);
ZEND_FUNCTION(posix_geteuid);
ZEND_FUNCTION(posix_getgid);
ZEND_FUNCTION(posix_getegid);
ZEND_FUNCTION(posix_getpgrp);
ZEND_FUNCTION(posix_setsid);
ZEND_FUNCTION(posix_getpgid);
ZEND_FUNCTION(posix_uname);
ZEND_FUNCTION(posix_times);
ZEND_FUNCTION(posix_isatty);
ZEND_FUNCTION(posix_getcwd);
ZEND_FUNCTION(posix_mkfifo);
ZEND_FUNCTION(posix_access);
ZEND_FUNCTION(posix_get_last_error);
ZEND_FUNCTION(posix_strerror);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(posix_kill, arginfo_posix_kill)
	ZEND_FE(posix_getpid, arginfo_posix_getpid)
	ZEND_FE(posix_getppid, arginfo_posix_getppid)
	ZEND_FE(posix_getuid, arginfo_posix_getuid)
	ZEND_FE(posix_geteuid, arginfo_posix_geteuid)
	ZEND_FE(posix_getgid, arginfo_posix_getgid)
	ZEND_FE(posix_getegid, arginfo_posix_getegid)
	ZEND_FE(posix_getpgrp, arginfo_posix_getpgrp)
	ZEND_FE(posix_setsid, arginfo_posix_setsid)
	ZEND_FE(posix_getpgid, arginfo_posix_getpgid)
	ZEND_FE(posix_uname, arginfo_posix_uname)
	ZEND_FE(posix_times, arginfo_posix_times)
	ZEND_FE(posix_isatty, arginfo_posix_isatty)
	ZEND_FE(posix_getcwd, arginfo_posix_getcwd)
	ZEND_FE(posix_mkfifo, arginfo_posix_mkfifo)
	ZEND_FE(posix_access, arginfo_posix_access)
	ZEND_FE(posix_get_last_error, arginfo_posix_get_last_error)
	ZEND_FALIAS(posix_errno, posix_get_last_error, arginfo_posix_errno)
	ZEND_FE(posix_strerror, arginfo_posix_strerror)
	ZEND_FE_END
};

static void register_compat_posix_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("POSIX_F_OK", F_OK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("POSIX_X_OK", X_OK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("POSIX_W_OK", W_OK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("POSIX_R_OK", R_OK, CONST_PERSISTENT);
}
