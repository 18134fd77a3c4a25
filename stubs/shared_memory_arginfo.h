/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 30761b4f8893bc749cee1035a902e3f0293ab2b9 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_put, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_get, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_MASK(0, allowedClasses, MAY_BE_ARRAY|MAY_BE_BOOL, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_has, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_delete, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_keys, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_SharedMemoryInterface_stat arginfo_class_FileQ_SharedMemoryInterface_keys

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_remove, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_getKey, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_SharedMemoryInterface_getId arginfo_class_FileQ_SharedMemoryInterface_getKey

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_SharedMemory___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, size, IS_LONG, 0, "10000")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_FileQ_SharedMemory_fromPath, 0, 1, FileQ\\SharedMemory, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, project, IS_STRING, 0, "\'m\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, size, IS_LONG, 0, "10000")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_SharedMemory_put arginfo_class_FileQ_SharedMemoryInterface_put

#define arginfo_class_FileQ_SharedMemory_get arginfo_class_FileQ_SharedMemoryInterface_get

#define arginfo_class_FileQ_SharedMemory_has arginfo_class_FileQ_SharedMemoryInterface_has

#define arginfo_class_FileQ_SharedMemory_delete arginfo_class_FileQ_SharedMemoryInterface_delete

#define arginfo_class_FileQ_SharedMemory_keys arginfo_class_FileQ_SharedMemoryInterface_keys

#define arginfo_class_FileQ_SharedMemory_stat arginfo_class_FileQ_SharedMemoryInterface_keys

#define arginfo_class_FileQ_SharedMemory_remove arginfo_class_FileQ_SharedMemoryInterface_remove

#define arginfo_class_FileQ_SharedMemory_getKey arginfo_class_FileQ_SharedMemoryInterface_getKey

#define arginfo_class_FileQ_SharedMemory_getId arginfo_class_FileQ_SharedMemoryInterface_getKey


ZEND_METHOD(FileQ_SharedMemory, __construct);
ZEND_METHOD(FileQ_SharedMemory, fromPath);
ZEND_METHOD(FileQ_SharedMemory, put);
ZEND_METHOD(FileQ_SharedMemory, get);
ZEND_METHOD(FileQ_SharedMemory, has);
ZEND_METHOD(FileQ_SharedMemory, delete);
ZEND_METHOD(FileQ_SharedMemory, keys);
ZEND_METHOD(FileQ_SharedMemory, stat);
ZEND_METHOD(FileQ_SharedMemory, remove);
ZEND_METHOD(FileQ_SharedMemory, getKey);
ZEND_METHOD(FileQ_SharedMemory, getId);


static const zend_function_entry class_FileQ_SharedMemoryInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, put, arginfo_class_FileQ_SharedMemoryInterface_put, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, get, arginfo_class_FileQ_SharedMemoryInterface_get, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, has, arginfo_class_FileQ_SharedMemoryInterface_has, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, delete, arginfo_class_FileQ_SharedMemoryInterface_delete, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, keys, arginfo_class_FileQ_SharedMemoryInterface_keys, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, stat, arginfo_class_FileQ_SharedMemoryInterface_stat, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, remove, arginfo_class_FileQ_SharedMemoryInterface_remove, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, getKey, arginfo_class_FileQ_SharedMemoryInterface_getKey, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_SharedMemoryInterface, getId, arginfo_class_FileQ_SharedMemoryInterface_getId, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_SharedMemory_methods[] = {
	ZEND_ME(FileQ_SharedMemory, __construct, arginfo_class_FileQ_SharedMemory___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, fromPath, arginfo_class_FileQ_SharedMemory_fromPath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_SharedMemory, put, arginfo_class_FileQ_SharedMemory_put, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, get, arginfo_class_FileQ_SharedMemory_get, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, has, arginfo_class_FileQ_SharedMemory_has, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, delete, arginfo_class_FileQ_SharedMemory_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, keys, arginfo_class_FileQ_SharedMemory_keys, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, stat, arginfo_class_FileQ_SharedMemory_stat, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, remove, arginfo_class_FileQ_SharedMemory_remove, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, getKey, arginfo_class_FileQ_SharedMemory_getKey, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_SharedMemory, getId, arginfo_class_FileQ_SharedMemory_getId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_SharedMemoryInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "SharedMemoryInterface", class_FileQ_SharedMemoryInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_SharedMemory(zend_class_entry *class_entry_FileQ_SharedMemoryInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "SharedMemory", class_FileQ_SharedMemory_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_FileQ_SharedMemoryInterface);

	zval const_MIN_SIZE_value;
	ZVAL_LONG(&const_MIN_SIZE_value, FQ_SHM_HEAD_SIZE);
	zend_string *const_MIN_SIZE_name = zend_string_init_interned("MIN_SIZE", sizeof("MIN_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MIN_SIZE_name, &const_MIN_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MIN_SIZE_name);

	return class_entry;
}
