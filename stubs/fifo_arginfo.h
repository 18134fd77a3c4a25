/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d2a61676b80357c066f0c247d6cce716b2570333 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_Fifo___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Fifo_write, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Fifo_read, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Fifo_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Fifo_remove arginfo_class_FileQ_Fifo_close

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Fifo_getPath, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(FileQ_Fifo, __construct);
ZEND_METHOD(FileQ_Fifo, write);
ZEND_METHOD(FileQ_Fifo, read);
ZEND_METHOD(FileQ_Fifo, close);
ZEND_METHOD(FileQ_Fifo, remove);
ZEND_METHOD(FileQ_Fifo, getPath);


static const zend_function_entry class_FileQ_Fifo_methods[] = {
	ZEND_ME(FileQ_Fifo, __construct, arginfo_class_FileQ_Fifo___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Fifo, write, arginfo_class_FileQ_Fifo_write, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Fifo, read, arginfo_class_FileQ_Fifo_read, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Fifo, close, arginfo_class_FileQ_Fifo_close, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Fifo, remove, arginfo_class_FileQ_Fifo_remove, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Fifo, getPath, arginfo_class_FileQ_Fifo_getPath, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_Fifo(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "Fifo", class_FileQ_Fifo_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_ATOMIC_SIZE_value;
	ZVAL_LONG(&const_ATOMIC_SIZE_value, PIPE_BUF);
	zend_string *const_ATOMIC_SIZE_name = zend_string_init_interned("ATOMIC_SIZE", sizeof("ATOMIC_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ATOMIC_SIZE_name, &const_ATOMIC_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ATOMIC_SIZE_name);

	return class_entry;
}
