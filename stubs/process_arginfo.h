/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: e04720757762444aff74a125b1dfae3d3bbcd14b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_Process___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_fork, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_wait, 0, 0, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, pid, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, block, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_waitAll, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_kill, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, pid, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, signal, IS_LONG, 0, "15")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_signal, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_CALLABLE, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, async, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, restartSyscalls, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_ignore, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Process_restore arginfo_class_FileQ_Process_ignore

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_dispatch, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_pid, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Process_parentPid arginfo_class_FileQ_Process_pid


ZEND_METHOD(FileQ_Process, __construct);
ZEND_METHOD(FileQ_Process, fork);
ZEND_METHOD(FileQ_Process, wait);
ZEND_METHOD(FileQ_Process, waitAll);
ZEND_METHOD(FileQ_Process, kill);
ZEND_METHOD(FileQ_Process, signal);
ZEND_METHOD(FileQ_Process, ignore);
ZEND_METHOD(FileQ_Process, restore);
ZEND_METHOD(FileQ_Process, dispatch);
ZEND_METHOD(FileQ_Process, pid);
ZEND_METHOD(FileQ_Process, parentPid);


static const zend_function_entry class_FileQ_Process_methods[] = {
	ZEND_ME(FileQ_Process, __construct, arginfo_class_FileQ_Process___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(FileQ_Process, fork, arginfo_class_FileQ_Process_fork, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, wait, arginfo_class_FileQ_Process_wait, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, waitAll, arginfo_class_FileQ_Process_waitAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, kill, arginfo_class_FileQ_Process_kill, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, signal, arginfo_class_FileQ_Process_signal, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, ignore, arginfo_class_FileQ_Process_ignore, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, restore, arginfo_class_FileQ_Process_restore, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, dispatch, arginfo_class_FileQ_Process_dispatch, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, pid, arginfo_class_FileQ_Process_pid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Process, parentPid, arginfo_class_FileQ_Process_parentPid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_Process(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "Process", class_FileQ_Process_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_SIGHUP_value;
	ZVAL_LONG(&const_SIGHUP_value, SIGHUP);
	zend_string *const_SIGHUP_name = zend_string_init_interned("SIGHUP", sizeof("SIGHUP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGHUP_name, &const_SIGHUP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGHUP_name);

	zval const_SIGINT_value;
	ZVAL_LONG(&const_SIGINT_value, SIGINT);
	zend_string *const_SIGINT_name = zend_string_init_interned("SIGINT", sizeof("SIGINT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGINT_name, &const_SIGINT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGINT_name);

	zval const_SIGQUIT_value;
	ZVAL_LONG(&const_SIGQUIT_value, SIGQUIT);
	zend_string *const_SIGQUIT_name = zend_string_init_interned("SIGQUIT", sizeof("SIGQUIT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGQUIT_name, &const_SIGQUIT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGQUIT_name);

	zval const_SIGKILL_value;
	ZVAL_LONG(&const_SIGKILL_value, SIGKILL);
	zend_string *const_SIGKILL_name = zend_string_init_interned("SIGKILL", sizeof("SIGKILL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGKILL_name, &const_SIGKILL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGKILL_name);

	zval const_SIGUSR1_value;
	ZVAL_LONG(&const_SIGUSR1_value, SIGUSR1);
	zend_string *const_SIGUSR1_name = zend_string_init_interned("SIGUSR1", sizeof("SIGUSR1") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGUSR1_name, &const_SIGUSR1_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGUSR1_name);

	zval const_SIGUSR2_value;
	ZVAL_LONG(&const_SIGUSR2_value, SIGUSR2);
	zend_string *const_SIGUSR2_name = zend_string_init_interned("SIGUSR2", sizeof("SIGUSR2") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGUSR2_name, &const_SIGUSR2_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGUSR2_name);

	zval const_SIGPIPE_value;
	ZVAL_LONG(&const_SIGPIPE_value, SIGPIPE);
	zend_string *const_SIGPIPE_name = zend_string_init_interned("SIGPIPE", sizeof("SIGPIPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGPIPE_name, &const_SIGPIPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGPIPE_name);

	zval const_SIGALRM_value;
	ZVAL_LONG(&const_SIGALRM_value, SIGALRM);
	zend_string *const_SIGALRM_name = zend_string_init_interned("SIGALRM", sizeof("SIGALRM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGALRM_name, &const_SIGALRM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGALRM_name);

	zval const_SIGTERM_value;
	ZVAL_LONG(&const_SIGTERM_value, SIGTERM);
	zend_string *const_SIGTERM_name = zend_string_init_interned("SIGTERM", sizeof("SIGTERM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGTERM_name, &const_SIGTERM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGTERM_name);

	zval const_SIGCHLD_value;
	ZVAL_LONG(&const_SIGCHLD_value, SIGCHLD);
	zend_string *const_SIGCHLD_name = zend_string_init_interned("SIGCHLD", sizeof("SIGCHLD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGCHLD_name, &const_SIGCHLD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGCHLD_name);

	zval const_SIGCONT_value;
	ZVAL_LONG(&const_SIGCONT_value, SIGCONT);
	zend_string *const_SIGCONT_name = zend_string_init_interned("SIGCONT", sizeof("SIGCONT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGCONT_name, &const_SIGCONT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGCONT_name);

	zval const_SIGSTOP_value;
	ZVAL_LONG(&const_SIGSTOP_value, SIGSTOP);
	zend_string *const_SIGSTOP_name = zend_string_init_interned("SIGSTOP", sizeof("SIGSTOP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGSTOP_name, &const_SIGSTOP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGSTOP_name);

	zval const_SIGTSTP_value;
	ZVAL_LONG(&const_SIGTSTP_value, SIGTSTP);
	zend_string *const_SIGTSTP_name = zend_string_init_interned("SIGTSTP", sizeof("SIGTSTP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGTSTP_name, &const_SIGTSTP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGTSTP_name);

	zval const_SIGWINCH_value;
	ZVAL_LONG(&const_SIGWINCH_value, SIGWINCH);
	zend_string *const_SIGWINCH_name = zend_string_init_interned("SIGWINCH", sizeof("SIGWINCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SIGWINCH_name, &const_SIGWINCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SIGWINCH_name);

	return class_entry;
}
