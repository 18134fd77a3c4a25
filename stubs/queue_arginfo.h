/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8b0fc9bafab331d2cf6b926263876eb840062e18 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_push, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, delay, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_pop, 0, 0, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_shift arginfo_class_FileQ_QueueInterface_pop

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_read, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, cursor, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_write, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, cursor, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_clear, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_transaction, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_wait, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_boot, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_updateBoot, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_register, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, role, IS_STRING, 0, "\"handlers\"")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_unregister arginfo_class_FileQ_QueueInterface_register

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_members, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, role, IS_STRING, 0, "\"handlers\"")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_stats arginfo_class_FileQ_QueueInterface_boot

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_FileQ_QueueInterface_reserve, 0, 0, FileQ\\Job, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, visibility, IS_DOUBLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_ack, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, job, FileQ\\Job, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_release arginfo_class_FileQ_QueueInterface_ack

#define arginfo_class_FileQ_QueueInterface_deadLetters arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_QueueInterface_requeueDeadLetters arginfo_class_FileQ_QueueInterface_count

#define arginfo_class_FileQ_QueueInterface_heldJobs arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_QueueInterface_jobStats arginfo_class_FileQ_QueueInterface_boot

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_getPath, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_getFrameSize arginfo_class_FileQ_QueueInterface_count

#define arginfo_class_FileQ_QueueInterface_getMaxPayload arginfo_class_FileQ_QueueInterface_count

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_Queue___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, frameSize, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, permissions, IS_LONG, 0, "0600")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, lockTimeout, IS_DOUBLE, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxAttempts, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Queue_push arginfo_class_FileQ_QueueInterface_push

#define arginfo_class_FileQ_Queue_pop arginfo_class_FileQ_QueueInterface_pop

#define arginfo_class_FileQ_Queue_shift arginfo_class_FileQ_QueueInterface_pop

#define arginfo_class_FileQ_Queue_read arginfo_class_FileQ_QueueInterface_read

#define arginfo_class_FileQ_Queue_write arginfo_class_FileQ_QueueInterface_write

#define arginfo_class_FileQ_Queue_count arginfo_class_FileQ_QueueInterface_count

#define arginfo_class_FileQ_Queue_clear arginfo_class_FileQ_QueueInterface_clear

#define arginfo_class_FileQ_Queue_transaction arginfo_class_FileQ_QueueInterface_transaction

#define arginfo_class_FileQ_Queue_wait arginfo_class_FileQ_QueueInterface_wait

#define arginfo_class_FileQ_Queue_boot arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_Queue_updateBoot arginfo_class_FileQ_QueueInterface_updateBoot

#define arginfo_class_FileQ_Queue_register arginfo_class_FileQ_QueueInterface_register

#define arginfo_class_FileQ_Queue_unregister arginfo_class_FileQ_QueueInterface_register

#define arginfo_class_FileQ_Queue_members arginfo_class_FileQ_QueueInterface_members

#define arginfo_class_FileQ_Queue_stats arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_Queue_reserve arginfo_class_FileQ_QueueInterface_reserve

#define arginfo_class_FileQ_Queue_ack arginfo_class_FileQ_QueueInterface_ack

#define arginfo_class_FileQ_Queue_release arginfo_class_FileQ_QueueInterface_ack

#define arginfo_class_FileQ_Queue_deadLetters arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_Queue_requeueDeadLetters arginfo_class_FileQ_QueueInterface_count

#define arginfo_class_FileQ_Queue_heldJobs arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_Queue_jobStats arginfo_class_FileQ_QueueInterface_boot

#define arginfo_class_FileQ_Queue_getPath arginfo_class_FileQ_QueueInterface_getPath

#define arginfo_class_FileQ_Queue_getFrameSize arginfo_class_FileQ_QueueInterface_count

#define arginfo_class_FileQ_Queue_getMaxPayload arginfo_class_FileQ_QueueInterface_count


ZEND_METHOD(FileQ_Queue, __construct);
ZEND_METHOD(FileQ_Queue, push);
ZEND_METHOD(FileQ_Queue, pop);
ZEND_METHOD(FileQ_Queue, shift);
ZEND_METHOD(FileQ_Queue, read);
ZEND_METHOD(FileQ_Queue, write);
ZEND_METHOD(FileQ_Queue, count);
ZEND_METHOD(FileQ_Queue, clear);
ZEND_METHOD(FileQ_Queue, transaction);
ZEND_METHOD(FileQ_Queue, wait);
ZEND_METHOD(FileQ_Queue, boot);
ZEND_METHOD(FileQ_Queue, updateBoot);
ZEND_METHOD(FileQ_Queue, register);
ZEND_METHOD(FileQ_Queue, unregister);
ZEND_METHOD(FileQ_Queue, members);
ZEND_METHOD(FileQ_Queue, stats);
ZEND_METHOD(FileQ_Queue, reserve);
ZEND_METHOD(FileQ_Queue, ack);
ZEND_METHOD(FileQ_Queue, release);
ZEND_METHOD(FileQ_Queue, deadLetters);
ZEND_METHOD(FileQ_Queue, requeueDeadLetters);
ZEND_METHOD(FileQ_Queue, heldJobs);
ZEND_METHOD(FileQ_Queue, jobStats);
ZEND_METHOD(FileQ_Queue, getPath);
ZEND_METHOD(FileQ_Queue, getFrameSize);
ZEND_METHOD(FileQ_Queue, getMaxPayload);


static const zend_function_entry class_FileQ_QueueInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, push, arginfo_class_FileQ_QueueInterface_push, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, pop, arginfo_class_FileQ_QueueInterface_pop, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, shift, arginfo_class_FileQ_QueueInterface_shift, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, read, arginfo_class_FileQ_QueueInterface_read, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, write, arginfo_class_FileQ_QueueInterface_write, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, count, arginfo_class_FileQ_QueueInterface_count, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, clear, arginfo_class_FileQ_QueueInterface_clear, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, transaction, arginfo_class_FileQ_QueueInterface_transaction, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, wait, arginfo_class_FileQ_QueueInterface_wait, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, boot, arginfo_class_FileQ_QueueInterface_boot, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, updateBoot, arginfo_class_FileQ_QueueInterface_updateBoot, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, register, arginfo_class_FileQ_QueueInterface_register, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, unregister, arginfo_class_FileQ_QueueInterface_unregister, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, members, arginfo_class_FileQ_QueueInterface_members, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, stats, arginfo_class_FileQ_QueueInterface_stats, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, reserve, arginfo_class_FileQ_QueueInterface_reserve, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, ack, arginfo_class_FileQ_QueueInterface_ack, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, release, arginfo_class_FileQ_QueueInterface_release, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, deadLetters, arginfo_class_FileQ_QueueInterface_deadLetters, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, requeueDeadLetters, arginfo_class_FileQ_QueueInterface_requeueDeadLetters, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, heldJobs, arginfo_class_FileQ_QueueInterface_heldJobs, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, jobStats, arginfo_class_FileQ_QueueInterface_jobStats, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, getPath, arginfo_class_FileQ_QueueInterface_getPath, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, getFrameSize, arginfo_class_FileQ_QueueInterface_getFrameSize, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(FileQ_QueueInterface, getMaxPayload, arginfo_class_FileQ_QueueInterface_getMaxPayload, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_FileQ_Queue_methods[] = {
	ZEND_ME(FileQ_Queue, __construct, arginfo_class_FileQ_Queue___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, push, arginfo_class_FileQ_Queue_push, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, pop, arginfo_class_FileQ_Queue_pop, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, shift, arginfo_class_FileQ_Queue_shift, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, read, arginfo_class_FileQ_Queue_read, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, write, arginfo_class_FileQ_Queue_write, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, count, arginfo_class_FileQ_Queue_count, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, clear, arginfo_class_FileQ_Queue_clear, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, transaction, arginfo_class_FileQ_Queue_transaction, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, wait, arginfo_class_FileQ_Queue_wait, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, boot, arginfo_class_FileQ_Queue_boot, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, updateBoot, arginfo_class_FileQ_Queue_updateBoot, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, register, arginfo_class_FileQ_Queue_register, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, unregister, arginfo_class_FileQ_Queue_unregister, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, members, arginfo_class_FileQ_Queue_members, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, stats, arginfo_class_FileQ_Queue_stats, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, reserve, arginfo_class_FileQ_Queue_reserve, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, ack, arginfo_class_FileQ_Queue_ack, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, release, arginfo_class_FileQ_Queue_release, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, deadLetters, arginfo_class_FileQ_Queue_deadLetters, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, requeueDeadLetters, arginfo_class_FileQ_Queue_requeueDeadLetters, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, heldJobs, arginfo_class_FileQ_Queue_heldJobs, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, jobStats, arginfo_class_FileQ_Queue_jobStats, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, getPath, arginfo_class_FileQ_Queue_getPath, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, getFrameSize, arginfo_class_FileQ_Queue_getFrameSize, ZEND_ACC_PUBLIC)
	ZEND_ME(FileQ_Queue, getMaxPayload, arginfo_class_FileQ_Queue_getMaxPayload, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_FileQ_QueueInterface(zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "QueueInterface", class_FileQ_QueueInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Countable);

	return class_entry;
}

static zend_class_entry *register_class_FileQ_Queue(zend_class_entry *class_entry_FileQ_QueueInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "FileQ", "Queue", class_FileQ_Queue_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_FileQ_QueueInterface);

	zval const_RAW_value;
	ZVAL_LONG(&const_RAW_value, FQ_QUEUE_RAW);
	zend_string *const_RAW_name = zend_string_init_interned("RAW", sizeof("RAW") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RAW_name, &const_RAW_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RAW_name);

	zval const_SYNC_value;
	ZVAL_LONG(&const_SYNC_value, FQ_QUEUE_SYNC);
	zend_string *const_SYNC_name = zend_string_init_interned("SYNC", sizeof("SYNC") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SYNC_name, &const_SYNC_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SYNC_name);

	zval const_JOBS_value;
	ZVAL_LONG(&const_JOBS_value, FQ_QUEUE_JOBS);
	zend_string *const_JOBS_name = zend_string_init_interned("JOBS", sizeof("JOBS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOBS_name, &const_JOBS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOBS_name);

	zval const_FRAME_OVERHEAD_value;
	ZVAL_LONG(&const_FRAME_OVERHEAD_value, FQ_FRAME_OVERHEAD);
	zend_string *const_FRAME_OVERHEAD_name = zend_string_init_interned("FRAME_OVERHEAD", sizeof("FRAME_OVERHEAD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FRAME_OVERHEAD_name, &const_FRAME_OVERHEAD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FRAME_OVERHEAD_name);

	zval const_JOB_OVERHEAD_value;
	ZVAL_LONG(&const_JOB_OVERHEAD_value, FQ_JOB_OVERHEAD);
	zend_string *const_JOB_OVERHEAD_name = zend_string_init_interned("JOB_OVERHEAD", sizeof("JOB_OVERHEAD") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_OVERHEAD_name, &const_JOB_OVERHEAD_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_OVERHEAD_name);

	zval const_BOOT_CAPACITY_value;
	ZVAL_LONG(&const_BOOT_CAPACITY_value, FQ_BOOT_REGION_MAX);
	zend_string *const_BOOT_CAPACITY_name = zend_string_init_interned("BOOT_CAPACITY", sizeof("BOOT_CAPACITY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BOOT_CAPACITY_name, &const_BOOT_CAPACITY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BOOT_CAPACITY_name);

	return class_entry;
}
