/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 16d60a5a61fc79eb16841e1caf321e90404fe48f */

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

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_FileQ_compat, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

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

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FileQ_Ipc___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Ipc_list arginfo_FileQ_compat

#define arginfo_class_FileQ_Job___construct arginfo_class_FileQ_Ipc___construct

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

#define arginfo_class_FileQ_MessageQueueInterface_stat arginfo_FileQ_compat

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_MessageQueueInterface_setMaxBytes, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, bytes, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_MessageQueueInterface_remove arginfo_class_FileQ_Fifo_close

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

#define arginfo_class_FileQ_MessageQueue_stat arginfo_FileQ_compat

#define arginfo_class_FileQ_MessageQueue_count arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_MessageQueue_setMaxBytes arginfo_class_FileQ_MessageQueueInterface_setMaxBytes

#define arginfo_class_FileQ_MessageQueue_remove arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_MessageQueue_getKey arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_MessageQueue_getId arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Process___construct arginfo_class_FileQ_Ipc___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_fork, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_wait, 0, 0, IS_ARRAY, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, pid, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, block, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Process_waitAll arginfo_FileQ_compat

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_kill, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, pid, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, signal, IS_LONG, 0, "15")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_signal, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_CALLABLE, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, async, _IS_BOOL, 0, "true")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, restartSyscalls, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Process_ignore, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Process_restore arginfo_class_FileQ_Process_ignore

#define arginfo_class_FileQ_Process_dispatch arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_Process_pid arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Process_parentPid arginfo_class_FileQ_MessageQueueInterface_count

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

#define arginfo_class_FileQ_QueueInterface_count arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_QueueInterface_clear arginfo_class_FileQ_Fifo_close

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_transaction, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_wait, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_boot arginfo_FileQ_compat

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

#define arginfo_class_FileQ_QueueInterface_stats arginfo_FileQ_compat

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_FileQ_QueueInterface_reserve, 0, 0, FileQ\\Job, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, visibility, IS_DOUBLE, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_QueueInterface_ack, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, job, FileQ\\Job, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_QueueInterface_release arginfo_class_FileQ_QueueInterface_ack

#define arginfo_class_FileQ_QueueInterface_deadLetters arginfo_FileQ_compat

#define arginfo_class_FileQ_QueueInterface_requeueDeadLetters arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_QueueInterface_heldJobs arginfo_FileQ_compat

#define arginfo_class_FileQ_QueueInterface_jobStats arginfo_FileQ_compat

#define arginfo_class_FileQ_QueueInterface_getPath arginfo_class_FileQ_Fifo_getPath

#define arginfo_class_FileQ_QueueInterface_getFrameSize arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_QueueInterface_getMaxPayload arginfo_class_FileQ_MessageQueueInterface_count

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

#define arginfo_class_FileQ_Queue_count arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Queue_clear arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_Queue_transaction arginfo_class_FileQ_QueueInterface_transaction

#define arginfo_class_FileQ_Queue_wait arginfo_class_FileQ_QueueInterface_wait

#define arginfo_class_FileQ_Queue_boot arginfo_FileQ_compat

#define arginfo_class_FileQ_Queue_updateBoot arginfo_class_FileQ_QueueInterface_updateBoot

#define arginfo_class_FileQ_Queue_register arginfo_class_FileQ_QueueInterface_register

#define arginfo_class_FileQ_Queue_unregister arginfo_class_FileQ_QueueInterface_register

#define arginfo_class_FileQ_Queue_members arginfo_class_FileQ_QueueInterface_members

#define arginfo_class_FileQ_Queue_stats arginfo_FileQ_compat

#define arginfo_class_FileQ_Queue_reserve arginfo_class_FileQ_QueueInterface_reserve

#define arginfo_class_FileQ_Queue_ack arginfo_class_FileQ_QueueInterface_ack

#define arginfo_class_FileQ_Queue_release arginfo_class_FileQ_QueueInterface_ack

#define arginfo_class_FileQ_Queue_deadLetters arginfo_FileQ_compat

#define arginfo_class_FileQ_Queue_requeueDeadLetters arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Queue_heldJobs arginfo_FileQ_compat

#define arginfo_class_FileQ_Queue_jobStats arginfo_FileQ_compat

#define arginfo_class_FileQ_Queue_getPath arginfo_class_FileQ_Fifo_getPath

#define arginfo_class_FileQ_Queue_getFrameSize arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Queue_getMaxPayload arginfo_class_FileQ_MessageQueueInterface_count

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

#define arginfo_class_FileQ_Semaphore_acquire arginfo_class_FileQ_QueueInterface_wait

#define arginfo_class_FileQ_Semaphore_release arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_Semaphore_synchronized arginfo_class_FileQ_QueueInterface_transaction

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_Semaphore_isHeld, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_Semaphore_getValue arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Semaphore_remove arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_Semaphore_getKey arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_Semaphore_getId arginfo_class_FileQ_MessageQueueInterface_count

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_put, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_get, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_MASK(0, allowedClasses, MAY_BE_ARRAY|MAY_BE_BOOL, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_SharedMemoryInterface_has arginfo_class_FileQ_MessageQueue_exists

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_FileQ_SharedMemoryInterface_delete, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_FileQ_SharedMemoryInterface_keys arginfo_FileQ_compat

#define arginfo_class_FileQ_SharedMemoryInterface_stat arginfo_FileQ_compat

#define arginfo_class_FileQ_SharedMemoryInterface_remove arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_SharedMemoryInterface_getKey arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_SharedMemoryInterface_getId arginfo_class_FileQ_MessageQueueInterface_count

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

#define arginfo_class_FileQ_SharedMemory_has arginfo_class_FileQ_MessageQueue_exists

#define arginfo_class_FileQ_SharedMemory_delete arginfo_class_FileQ_SharedMemoryInterface_delete

#define arginfo_class_FileQ_SharedMemory_keys arginfo_FileQ_compat

#define arginfo_class_FileQ_SharedMemory_stat arginfo_FileQ_compat

#define arginfo_class_FileQ_SharedMemory_remove arginfo_class_FileQ_Fifo_close

#define arginfo_class_FileQ_SharedMemory_getKey arginfo_class_FileQ_MessageQueueInterface_count

#define arginfo_class_FileQ_SharedMemory_getId arginfo_class_FileQ_MessageQueueInterface_count
