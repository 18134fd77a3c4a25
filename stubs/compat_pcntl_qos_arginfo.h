/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c59b4e0150d2a89edc220e023e45371d77ded260 */




#if PHP_VERSION_ID >= 80400
static const zend_function_entry class_Pcntl_QosClass_methods[] = {
	ZEND_FE_END
};
#endif

#if PHP_VERSION_ID >= 80400
static zend_class_entry *register_class_Pcntl_QosClass(void)
{
	zend_class_entry *class_entry = zend_register_internal_enum("Pcntl\\QosClass", IS_UNDEF, class_Pcntl_QosClass_methods);

	zend_enum_add_case_cstr(class_entry, "UserInteractive", NULL);

	zend_enum_add_case_cstr(class_entry, "UserInitiated", NULL);

	zend_enum_add_case_cstr(class_entry, "Default", NULL);

	zend_enum_add_case_cstr(class_entry, "Utility", NULL);

	zend_enum_add_case_cstr(class_entry, "Background", NULL);

	return class_entry;
}
#endif
