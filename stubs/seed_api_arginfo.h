/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 72ffd5cd24363cac81f2fd98c74030aef80dd78e */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_queue_address_push, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, frame, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, frame_size, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, frame_cursor, IS_LONG, 0, "PHP_INT_MAX")
	ZEND_ARG_TYPE_MASK(0, callback, MAY_BE_CALLABLE|MAY_BE_STRING, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_queue_address_pop, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, frame_size, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, frame_cursor, IS_LONG, 0, "PHP_INT_MAX")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, frame_replace, IS_STRING, 0, "\'\'")
	ZEND_ARG_TYPE_MASK(0, callback, MAY_BE_CALLABLE|MAY_BE_STRING, "\'\'")
ZEND_END_ARG_INFO()


ZEND_FUNCTION(queue_address_push);
ZEND_FUNCTION(queue_address_pop);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(queue_address_push, arginfo_queue_address_push)
	ZEND_FE(queue_address_pop, arginfo_queue_address_pop)
	ZEND_FE_END
};
