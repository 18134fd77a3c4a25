/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: adcd7bf07666a3e0c5079c04112de143c7a9471a */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_send, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_LONG, 0, "1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, serialize, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, blocking, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_receive, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxSize, IS_LONG, 0, "65536")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, unserialize, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(1, receivedType, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_MASK(0, allowedClasses, MAY_BE_ARRAY|MAY_BE_BOOL, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_stat, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_setMaxBytes, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, bytes, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_remove, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_MessageQueueInterface_getKey arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_MessageQueueInterface_getId arginfo_class_FileQ_MessageQueueInterface_count

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_MessageQueue___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_FileQ_MessageQueue_fromPath, 0, 1, FileQ\\MessageQueue, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, project, IS_STRING, 0, "\'q\'")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueue_exists, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_MessageQueue_send arginfo_class_FileQ_MessageQueueInterface_send

#define arginfo_class_FileQ_MessageQueue_receive arginfo_class_FileQ_MessageQueueInterface_receive

#define arginfo_class_FileQ_MessageQueue_stat arginfo_class_FileQ_MessageQueueInterface_stat

#define arginfo_class_FileQ_MessageQueue_count arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_MessageQueue_setMaxBytes arginfo_class_FileQ_MessageQueueInterface_setMaxBytes

#define arginfo_class_FileQ_MessageQueue_remove arginfo_class_FileQ_MessageQueueInterface_remove

#define arginfo_class_FileQ_MessageQueue_getKey arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_MessageQueue_getId arginfo_class_FileQ_MessageQueueInterface_count


ZEND_METHOD(FileQ_MessageQueue, __construct);
ZEND_METHOD(FileQ_MessageQueue, fromPath);
ZEND_METHOD(FileQ_MessageQueue, exists);
ZEND_METHOD(FileQ_MessageQueue, send);
ZEND_METHOD(FileQ_MessageQueue, receive);
ZEND_METHOD(FileQ_MessageQueue, stat);
ZEND_METHOD(FileQ_MessageQueue, count);
ZEND_METHOD(FileQ_MessageQueue, setMaxBytes);
ZEND_METHOD(FileQ_MessageQueue, remove);
ZEND_METHOD(FileQ_MessageQueue, getKey);
ZEND_METHOD(FileQ_MessageQueue, getId);


static const zend_function_entry class_FileQ_MessageQueueInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, send, arginfo_class_FileQ_MessageQueueInterface_send, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, receive, arginfo_class_FileQ_MessageQueueInterface_receive, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, stat, arginfo_class_FileQ_MessageQueueInterface_stat, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, count, arginfo_class_FileQ_MessageQueueInterface_count, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, setMaxBytes, arginfo_class_FileQ_MessageQueueInterface_setMaxBytes, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, remove, arginfo_class_FileQ_MessageQueueInterface_remove, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, getKey, arginfo_class_FileQ_MessageQueueInterface_getKey, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_MessageQueueInterface, getId, arginfo_class_FileQ_MessageQueueInterface_getId, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_MessageQueue_methods[] = {
	ZEND_ME(FileQ_MessageQueue, __construct, arginfo_class_FileQ_MessageQueue___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, fromPath, arginfo_class_FileQ_MessageQueue_fromPath, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_MessageQueue, exists, arginfo_class_FileQ_MessageQueue_exists, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(FileQ_MessageQueue, send, arginfo_class_FileQ_MessageQueue_send, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, receive, arginfo_class_FileQ_MessageQueue_receive, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, stat, arginfo_class_FileQ_MessageQueue_stat, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, count, arginfo_class_FileQ_MessageQueue_count, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, setMaxBytes, arginfo_class_FileQ_MessageQueue_setMaxBytes, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, remove, arginfo_class_FileQ_MessageQueue_remove, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, getKey, arginfo_class_FileQ_MessageQueue_getKey, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_MessageQueue, getId, arginfo_class_FileQ_MessageQueue_getId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_MessageQueueInterface(zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "MessageQueueInterface", class_FileQ_MessageQueueInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Countable);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_MessageQueue(zend_class_entry *class_entry_FileQ_MessageQueueInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "MessageQueue", class_FileQ_MessageQueue_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_FileQ_MessageQueueInterface);

	zval const_EXCEPT_value;
	ZVAL_LONG(&const_EXCEPT_value, FQ_MSG_EXCEPT);
	zend_string *const_EXCEPT_name = zend_string_init_interned("EXCEPT", sizeof("EXCEPT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EXCEPT_name, &const_EXCEPT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EXCEPT_name);

	zval const_NOERROR_value;
	ZVAL_LONG(&const_NOERROR_value, FQ_MSG_NOERROR);
	zend_string *const_NOERROR_name = zend_string_init_interned("NOERROR", sizeof("NOERROR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOERROR_name, &const_NOERROR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOERROR_name);

	return class_entry;
}
