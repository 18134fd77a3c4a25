/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c4ee92df85748ac5b86ec2234eb96f21c23166fa */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_FileQ_compat, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(FileQ_compat);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("FileQ", compat, FileQ_compat, arginfo_FileQ_compat)
	ZEND_FE_END
};
