/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0f1e41e41e74bcf046e3c60a847df1196bee2a19 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_kill, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, process_id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_getpid, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_posix_getppid arginfo_posix_getpid

#define arginfo_posix_getuid arginfo_posix_getpid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_setuid, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, user_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_posix_geteuid arginfo_posix_getpid

#define arginfo_posix_seteuid arginfo_posix_setuid

#define arginfo_posix_getgid arginfo_posix_getpid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_setgid, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, group_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_posix_getegid arginfo_posix_getpid

#define arginfo_posix_setegid arginfo_posix_setgid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getgroups, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getlogin, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_posix_getpgrp arginfo_posix_getpid

#define arginfo_posix_setsid arginfo_posix_getpid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_setpgid, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, process_id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, process_group_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getpgid, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, process_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_posix_getsid arginfo_posix_getpgid

#define arginfo_posix_uname arginfo_posix_getgroups

#define arginfo_posix_times arginfo_posix_getgroups

#define arginfo_posix_ctermid arginfo_posix_getlogin

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_ttyname, 0, 1, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_INFO(0, file_descriptor)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_isatty, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_INFO(0, file_descriptor)
ZEND_END_ARG_INFO()

#define arginfo_posix_getcwd arginfo_posix_getlogin

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_mkfifo, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, permissions, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_mknod, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, flags, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, major, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, minor, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_access, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#if PHP_VERSION_ID >= 80300
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_eaccess, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, filename, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getgrnam, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getgrgid, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, group_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getpwnam, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, username, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getpwuid, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, user_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#if PHP_VERSION_ID >= 80300
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getrlimit, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, resource, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()
#endif

#if !(PHP_VERSION_ID >= 80300)
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_getrlimit, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()
#endif

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_setrlimit, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, resource, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, soft_limit, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, hard_limit, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_posix_get_last_error arginfo_posix_getpid

#define arginfo_posix_errno arginfo_posix_getpid

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_strerror, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, error_code, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_initgroups, 0, 2, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, username, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, group_id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#if PHP_VERSION_ID >= 80300
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_posix_sysconf, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, conf_id, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if PHP_VERSION_ID >= 80300
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_pathconf, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif

#if PHP_VERSION_ID >= 80300
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_posix_fpathconf, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_INFO(0, file_descriptor)
	ZEND_ARG_TYPE_INFO(0, name, IS_LONG, 0)
ZEND_END_ARG_INFO()
#endif


ZEND_FUNCTION(posix_kill);
ZEND_FUNCTION(posix_getpid);
ZEND_FUNCTION(posix_getppid);
ZEND_FUNCTION(posix_getuid);
ZEND_FUNCTION(posix_setuid);
ZEND_FUNCTION(posix_geteuid);
ZEND_FUNCTION(posix_seteuid);
ZEND_FUNCTION(posix_getgid);
ZEND_FUNCTION(posix_setgid);
ZEND_FUNCTION(posix_getegid);
ZEND_FUNCTION(posix_setegid);
ZEND_FUNCTION(posix_getgroups);
ZEND_FUNCTION(posix_getlogin);
ZEND_FUNCTION(posix_getpgrp);
ZEND_FUNCTION(posix_setsid);
ZEND_FUNCTION(posix_setpgid);
ZEND_FUNCTION(posix_getpgid);
ZEND_FUNCTION(posix_getsid);
ZEND_FUNCTION(posix_uname);
ZEND_FUNCTION(posix_times);
ZEND_FUNCTION(posix_ctermid);
ZEND_FUNCTION(posix_ttyname);
ZEND_FUNCTION(posix_isatty);
ZEND_FUNCTION(posix_getcwd);
ZEND_FUNCTION(posix_mkfifo);
ZEND_FUNCTION(posix_mknod);
ZEND_FUNCTION(posix_access);
#if PHP_VERSION_ID >= 80300
ZEND_FUNCTION(posix_eaccess);
#endif
ZEND_FUNCTION(posix_getgrnam);
ZEND_FUNCTION(posix_getgrgid);
ZEND_FUNCTION(posix_getpwnam);
ZEND_FUNCTION(posix_getpwuid);
#if PHP_VERSION_ID >= 80300
ZEND_FUNCTION(posix_getrlimit);
#endif
#if !(PHP_VERSION_ID >= 80300)
ZEND_FUNCTION(posix_getrlimit);
#endif
ZEND_FUNCTION(posix_setrlimit);
ZEND_FUNCTION(posix_get_last_error);
ZEND_FUNCTION(posix_strerror);
ZEND_FUNCTION(posix_initgroups);
#if PHP_VERSION_ID >= 80300
ZEND_FUNCTION(posix_sysconf);
#endif
#if PHP_VERSION_ID >= 80300
ZEND_FUNCTION(posix_pathconf);
#endif
#if PHP_VERSION_ID >= 80300
ZEND_FUNCTION(posix_fpathconf);
#endif


static const zend_function_entry ext_functions[] = {
	ZEND_FE(posix_kill, arginfo_posix_kill)
	ZEND_FE(posix_getpid, arginfo_posix_getpid)
	ZEND_FE(posix_getppid, arginfo_posix_getppid)
	ZEND_FE(posix_getuid, arginfo_posix_getuid)
	ZEND_FE(posix_setuid, arginfo_posix_setuid)
	ZEND_FE(posix_geteuid, arginfo_posix_geteuid)
	ZEND_FE(posix_seteuid, arginfo_posix_seteuid)
	ZEND_FE(posix_getgid, arginfo_posix_getgid)
	ZEND_FE(posix_setgid, arginfo_posix_setgid)
	ZEND_FE(posix_getegid, arginfo_posix_getegid)
	ZEND_FE(posix_setegid, arginfo_posix_setegid)
	ZEND_FE(posix_getgroups, arginfo_posix_getgroups)
	ZEND_FE(posix_getlogin, arginfo_posix_getlogin)
	ZEND_FE(posix_getpgrp, arginfo_posix_getpgrp)
	ZEND_FE(posix_setsid, arginfo_posix_setsid)
	ZEND_FE(posix_setpgid, arginfo_posix_setpgid)
	ZEND_FE(posix_getpgid, arginfo_posix_getpgid)
	ZEND_FE(posix_getsid, arginfo_posix_getsid)
	ZEND_FE(posix_uname, arginfo_posix_uname)
	ZEND_FE(posix_times, arginfo_posix_times)
	ZEND_FE(posix_ctermid, arginfo_posix_ctermid)
	ZEND_FE(posix_ttyname, arginfo_posix_ttyname)
	ZEND_FE(posix_isatty, arginfo_posix_isatty)
	ZEND_FE(posix_getcwd, arginfo_posix_getcwd)
	ZEND_FE(posix_mkfifo, arginfo_posix_mkfifo)
	ZEND_FE(posix_mknod, arginfo_posix_mknod)
	ZEND_FE(posix_access, arginfo_posix_access)
#if PHP_VERSION_ID >= 80300
	ZEND_FE(posix_eaccess, arginfo_posix_eaccess)
#endif
	ZEND_FE(posix_getgrnam, arginfo_posix_getgrnam)
	ZEND_FE(posix_getgrgid, arginfo_posix_getgrgid)
	ZEND_FE(posix_getpwnam, arginfo_posix_getpwnam)
	ZEND_FE(posix_getpwuid, arginfo_posix_getpwuid)
#if PHP_VERSION_ID >= 80300
	ZEND_FE(posix_getrlimit, arginfo_posix_getrlimit)
#endif
#if !(PHP_VERSION_ID >= 80300)
	ZEND_FE(posix_getrlimit, arginfo_posix_getrlimit)
#endif
	ZEND_FE(posix_setrlimit, arginfo_posix_setrlimit)
	ZEND_FE(posix_get_last_error, arginfo_posix_get_last_error)
	ZEND_FALIAS(posix_errno, posix_get_last_error, arginfo_posix_errno)
	ZEND_FE(posix_strerror, arginfo_posix_strerror)
	ZEND_FE(posix_initgroups, arginfo_posix_initgroups)
#if PHP_VERSION_ID >= 80300
	ZEND_FE(posix_sysconf, arginfo_posix_sysconf)
#endif
#if PHP_VERSION_ID >= 80300
	ZEND_FE(posix_pathconf, arginfo_posix_pathconf)
#endif
#if PHP_VERSION_ID >= 80300
	ZEND_FE(posix_fpathconf, arginfo_posix_fpathconf)
#endif
	ZEND_FE_END
};

static void register_compat_posix_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("POSIX_F_OK", F_OK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("POSIX_X_OK", X_OK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("POSIX_W_OK", W_OK, CONST_PERSISTENT);
	REGISTER_LONG_CONSTANT("POSIX_R_OK", R_OK, CONST_PERSISTENT);
#if defined(S_IFREG)
	REGISTER_LONG_CONSTANT("POSIX_S_IFREG", S_IFREG, CONST_PERSISTENT);
#endif
#if defined(S_IFCHR)
	REGISTER_LONG_CONSTANT("POSIX_S_IFCHR", S_IFCHR, CONST_PERSISTENT);
#endif
#if defined(S_IFBLK)
	REGISTER_LONG_CONSTANT("POSIX_S_IFBLK", S_IFBLK, CONST_PERSISTENT);
#endif
#if defined(S_IFIFO)
	REGISTER_LONG_CONSTANT("POSIX_S_IFIFO", S_IFIFO, CONST_PERSISTENT);
#endif
#if defined(S_IFSOCK)
	REGISTER_LONG_CONSTANT("POSIX_S_IFSOCK", S_IFSOCK, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_AS)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_AS", RLIMIT_AS, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_CORE)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_CORE", RLIMIT_CORE, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_CPU)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_CPU", RLIMIT_CPU, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_DATA)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_DATA", RLIMIT_DATA, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_FSIZE)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_FSIZE", RLIMIT_FSIZE, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_LOCKS)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_LOCKS", RLIMIT_LOCKS, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_MEMLOCK)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_MEMLOCK", RLIMIT_MEMLOCK, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_MSGQUEUE)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_NICE)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_NICE", RLIMIT_NICE, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_NOFILE)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_NOFILE", RLIMIT_NOFILE, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_NPROC)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_NPROC", RLIMIT_NPROC, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_RSS)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_RSS", RLIMIT_RSS, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_RTPRIO)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_RTPRIO", RLIMIT_RTPRIO, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_RTTIME)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_RTTIME", RLIMIT_RTTIME, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_SIGPENDING)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_SIGPENDING", RLIMIT_SIGPENDING, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_STACK)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_STACK", RLIMIT_STACK, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_KQUEUES)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_KQUEUES", RLIMIT_KQUEUES, CONST_PERSISTENT);
#endif
#if defined(RLIMIT_NPTS)
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_NPTS", RLIMIT_NPTS, CONST_PERSISTENT);
#endif
	REGISTER_LONG_CONSTANT("POSIX_RLIMIT_INFINITY", RLIM_INFINITY, CONST_PERSISTENT);
#if PHP_VERSION_ID >= 80300 && defined(_SC_ARG_MAX)
	REGISTER_LONG_CONSTANT("POSIX_SC_ARG_MAX", _SC_ARG_MAX, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && PHP_VERSION_ID >= 80400 && defined(_SC_CHILD_MAX)
	REGISTER_LONG_CONSTANT("POSIX_SC_CHILD_MAX", _SC_CHILD_MAX, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && PHP_VERSION_ID >= 80400 && defined(_SC_CLK_TCK)
	REGISTER_LONG_CONSTANT("POSIX_SC_CLK_TCK", _SC_CLK_TCK, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_SC_PAGESIZE)
	REGISTER_LONG_CONSTANT("POSIX_SC_PAGESIZE", _SC_PAGESIZE, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_SC_NPROCESSORS_CONF)
	REGISTER_LONG_CONSTANT("POSIX_SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_SC_NPROCESSORS_ONLN)
	REGISTER_LONG_CONSTANT("POSIX_SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_LINK_MAX)
	REGISTER_LONG_CONSTANT("POSIX_PC_LINK_MAX", _PC_LINK_MAX, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_MAX_CANON)
	REGISTER_LONG_CONSTANT("POSIX_PC_MAX_CANON", _PC_MAX_CANON, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_MAX_INPUT)
	REGISTER_LONG_CONSTANT("POSIX_PC_MAX_INPUT", _PC_MAX_INPUT, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_NAME_MAX)
	REGISTER_LONG_CONSTANT("POSIX_PC_NAME_MAX", _PC_NAME_MAX, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_PATH_MAX)
	REGISTER_LONG_CONSTANT("POSIX_PC_PATH_MAX", _PC_PATH_MAX, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_PIPE_BUF)
	REGISTER_LONG_CONSTANT("POSIX_PC_PIPE_BUF", _PC_PIPE_BUF, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_CHOWN_RESTRICTED)
	REGISTER_LONG_CONSTANT("POSIX_PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_NO_TRUNC)
	REGISTER_LONG_CONSTANT("POSIX_PC_NO_TRUNC", _PC_NO_TRUNC, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_ALLOC_SIZE_MIN)
	REGISTER_LONG_CONSTANT("POSIX_PC_ALLOC_SIZE_MIN", _PC_ALLOC_SIZE_MIN, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && defined(_PC_SYMLINK_MAX)
	REGISTER_LONG_CONSTANT("POSIX_PC_SYMLINK_MAX", _PC_SYMLINK_MAX, CONST_PERSISTENT);
#endif
#if PHP_VERSION_ID >= 80300 && PHP_VERSION_ID >= 80500 && defined(_SC_OPEN_MAX)
	REGISTER_LONG_CONSTANT("POSIX_SC_OPEN_MAX", _SC_OPEN_MAX, CONST_PERSISTENT);
#endif
}
