/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 9ee73154bbc47ffb86e58384eddce3707de2a7db */




static const zend_function_entry class_FileQ_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_IOException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_CorruptException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_TooLargeException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_TimeoutException_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "Exception", class_FileQ_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_IOException(zend_class_entry *class_entry_FileQ_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "IOException", class_FileQ_IOException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_FileQ_Exception);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_CorruptException(zend_class_entry *class_entry_FileQ_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "CorruptException", class_FileQ_CorruptException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_FileQ_Exception);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_TooLargeException(zend_class_entry *class_entry_FileQ_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "TooLargeException", class_FileQ_TooLargeException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_FileQ_Exception);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_TimeoutException(zend_class_entry *class_entry_FileQ_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "TimeoutException", class_FileQ_TimeoutException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_FileQ_Exception);

	return class_entry;
}
