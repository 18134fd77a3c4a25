/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: da1e16a0cc26c4a3eada02b00f3437a11e41fd1f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_Semaphore___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAcquire, IS_LONG, 0, "1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, autoRelease, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_FileQ_Semaphore_fromPath, 0, 1, FileQ\\Semaphore, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, project, IS_STRING, 0, "\'s\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAcquire, IS_LONG, 0, "1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, autoRelease, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Semaphore_acquire, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Semaphore_release, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Semaphore_synchronized, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Semaphore_isHeld, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Semaphore_getValue, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Semaphore_remove arginfo_class_FileQ_Semaphore_release

#define arginfo_class_FileQ_Semaphore_getKey arginfo_class_FileQ_Semaphore_getValue

#define arginfo_class_FileQ_Semaphore_getId arginfo_class_FileQ_Semaphore_getValue


ZEND_METHOD(FileQ_Semaphore, __construct);
ZEND_METHOD(FileQ_Semaphore, fromPath);
ZEND_METHOD(FileQ_Semaphore, acquire);
ZEND_METHOD(FileQ_Semaphore, release);
ZEND_METHOD(FileQ_Semaphore, synchronized);
ZEND_METHOD(FileQ_Semaphore, isHeld);
ZEND_METHOD(FileQ_Semaphore, getValue);
ZEND_METHOD(FileQ_Semaphore, remove);
ZEND_METHOD(FileQ_Semaphore, getKey);
ZEND_METHOD(FileQ_Semaphore, getId);


static const zend_function_entry class_FileQ_Semaphore_methods[] = {
	ZEND_ME(FileQ_Semaphore, __construct, arginfo_class_FileQ_Semaphore___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, fromPath, arginfo_class_FileQ_Semaphore_fromPath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_Semaphore, acquire, arginfo_class_FileQ_Semaphore_acquire, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, release, arginfo_class_FileQ_Semaphore_release, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, synchronized, arginfo_class_FileQ_Semaphore_synchronized, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, isHeld, arginfo_class_FileQ_Semaphore_isHeld, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, getValue, arginfo_class_FileQ_Semaphore_getValue, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, remove, arginfo_class_FileQ_Semaphore_remove, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, getKey, arginfo_class_FileQ_Semaphore_getKey, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Semaphore, getId, arginfo_class_FileQ_Semaphore_getId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_Semaphore(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "Semaphore", class_FileQ_Semaphore_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
