/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b5c04a64c6ff28d14beac2647072eb881676e3ea */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_Ipc___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Ipc_list, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(FileQ_Ipc, __construct);
ZEND_METHOD(FileQ_Ipc, list);


static const zend_function_entry class_FileQ_Ipc_methods[] = {
	ZEND_ME(FileQ_Ipc, __construct, arginfo_class_FileQ_Ipc___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(FileQ_Ipc, list, arginfo_class_FileQ_Ipc_list, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_Ipc(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "Ipc", class_FileQ_Ipc_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
