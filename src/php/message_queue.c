/* FileQ\MessageQueue: the binding of src/core/sysv_msg.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <limits.h>

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "src/core/ipcs.h"
#include "src/php/exceptions.h"
#include "src/php/ipc.h"
#include "src/php/message_queue.h"
#include "src/php/signals.h"
#include "src/php/util.h"
#include "stubs/message_queue_arginfo.h"

zend_class_entry *php_fileq_message_queue_ce;
zend_class_entry *php_fileq_message_queue_interface_ce;
static zend_object_handlers php_fileq_message_queue_handlers;

static zend_object *php_fileq_message_queue_create(zend_class_entry *ce)
{
	php_fileq_message_queue_t *self = zend_object_alloc(sizeof(php_fileq_message_queue_t), ce);

	self->q.id = -1;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_message_queue_handlers;
	return &self->std;
}

/* A queue holds nothing in the process (as a sysvmsg queue): the kernel object outlives it until remove(). */

static php_fileq_message_queue_t *php_fileq_message_queue_this(zval *this_ptr)
{
	php_fileq_message_queue_t *self = php_fileq_message_queue_from_obj(Z_OBJ_P(this_ptr));

	if (!self->open) {
		zend_throw_error(NULL, "FileQ\\MessageQueue has not been constructed");
		return NULL;
	}
	return self;
}

#define PHP_FILEQ_MESSAGE_QUEUE_THIS() \
	php_fileq_message_queue_t *self = php_fileq_message_queue_this(ZEND_THIS); \
	if (self == NULL) { \
		RETURN_THROWS(); \
	}

static void php_fileq_message_queue_open(zval *object, int32_t key, zend_long permissions)
{
	php_fileq_message_queue_t *self = php_fileq_message_queue_from_obj(Z_OBJ_P(object));
	fq_error_t err;

	if (self->open) {
		zend_throw_error(NULL, "FileQ\\MessageQueue is already constructed");
		return;
	}
	fq_error_clear(&err);
	if (fq_msg_open(&self->q, key, (unsigned) permissions, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return;
	}
	self->open = true;
}

PHP_METHOD(FileQ_MessageQueue, __construct)
{
	zend_long key, permissions = 0600;
	int32_t k;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(permissions)
	ZEND_PARSE_PARAMETERS_END();

	if (php_fileq_ipc_key(key, 1, &k) == FAILURE || php_fileq_ipc_perms(permissions, 2) == FAILURE) {
		RETURN_THROWS();
	}
	php_fileq_message_queue_open(ZEND_THIS, k, permissions);
}

PHP_METHOD(FileQ_MessageQueue, fromPath)
{
	zend_string *path, *project = NULL;
	zend_long permissions = 0600;
	int32_t k;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(project)
		Z_PARAM_LONG(permissions)
	ZEND_PARSE_PARAMETERS_END();

	if (project == NULL) {
		project = ZSTR_CHAR('q');
	}
	if (php_fileq_ipc_ftok(path, project, 1, &k) == FAILURE || php_fileq_ipc_perms(permissions, 3) == FAILURE) {
		RETURN_THROWS();
	}
	object_init_ex(return_value, php_fileq_message_queue_ce);
	php_fileq_message_queue_open(return_value, k, permissions);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_MessageQueue, exists)
{
	zend_long key;
	int32_t k;
	int exists = 0;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(key)
	ZEND_PARSE_PARAMETERS_END();

	if (php_fileq_ipc_key(key, 1, &k) == FAILURE) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_msg_exists(k, &exists, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_BOOL(exists);
}

zend_string *php_fileq_message_bytes(zval *message, bool serialize)
{
	if (serialize) {
		return php_fileq_serialize(message);
	}
	switch (Z_TYPE_P(message)) {
		case IS_STRING:
			return zend_string_copy(Z_STR_P(message));
		case IS_LONG:
			return zend_long_to_str(Z_LVAL_P(message));
		case IS_FALSE:
			return ZSTR_CHAR('0');
		case IS_TRUE:
			return ZSTR_CHAR('1');
		case IS_DOUBLE:
			/* msg_send formats a float with "%F": six decimals, no exponent */
			return zend_strpprintf(0, "%F", Z_DVAL_P(message));
		default:
			return NULL;
	}
}

void php_fileq_message_queue_stat_array(const fq_msg_stat_t *st, zval *out)
{
	/* msg_stat_queue()'s keys, in its order */
	array_init(out);
	add_assoc_long(out, "msg_perm.uid", (zend_long) st->uid);
	add_assoc_long(out, "msg_perm.gid", (zend_long) st->gid);
	add_assoc_long(out, "msg_perm.mode", (zend_long) st->mode);
	add_assoc_long(out, "msg_stime", (zend_long) st->stime);
	add_assoc_long(out, "msg_rtime", (zend_long) st->rtime);
	add_assoc_long(out, "msg_ctime", (zend_long) st->ctime);
	add_assoc_long(out, "msg_qnum", (zend_long) st->qnum);
	add_assoc_long(out, "msg_qbytes", (zend_long) st->qbytes);
	add_assoc_long(out, "msg_lspid", (zend_long) st->lspid);
	add_assoc_long(out, "msg_lrpid", (zend_long) st->lrpid);
}

PHP_METHOD(FileQ_MessageQueue, send)
{
	fq_error_t err;
	zval *message;
	zend_long type = 1;
	bool serialize = true, blocking = true;
	zend_string *bytes;
	unsigned char *buf;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_ZVAL(message)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(type)
		Z_PARAM_BOOL(serialize)
		Z_PARAM_BOOL(blocking)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	if (type < 1) {
		zend_argument_value_error(2, "must be greater than 0");
		RETURN_THROWS();
	}
	bytes = php_fileq_message_bytes(message, serialize);
	if (bytes == NULL) {
		if (!EG(exception)) {
			zend_argument_type_error(1, "must be of type string|int|float|bool when not serialized, %s given",
				zend_zval_type_name(message));
		}
		RETURN_THROWS();
	}
	buf = safe_emalloc(1, ZSTR_LEN(bytes), FQ_MSG_HDR);
	memcpy(FQ_MSG_PAYLOAD(buf), ZSTR_VAL(bytes), ZSTR_LEN(bytes));
	PHP_FILEQ_RETRY(rc, fq_msg_send(&self->q, buf, (long) type, ZSTR_LEN(bytes), blocking ? 0 : FQ_MSG_NOWAIT, &err));
	efree(buf);
	zend_string_release(bytes);
	if (rc != FQ_OK) {
		if (!EG(exception)) {
			php_fileq_throw(&err);
		}
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_MessageQueue, receive)
{
	fq_error_t err;
	zend_long type = 0, max_size = 65536, flags = 0;
	bool unserialize = true;
	double timeout = -1;
	zval *received_type = NULL, *allowed = NULL;
	php_fileq_classes_t classes;
	zend_string *refused;
	zend_result ok;
	int64_t deadline;
	unsigned char *buf;
	long got_type = 0;
	size_t len = 0;
	int rc;

	ZEND_PARSE_PARAMETERS_START(0, 7)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(type)
		Z_PARAM_LONG(max_size)
		Z_PARAM_BOOL(unserialize)
		Z_PARAM_DOUBLE(timeout)
		Z_PARAM_LONG(flags)
		Z_PARAM_ZVAL(received_type)
		Z_PARAM_ZVAL(allowed)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	if (max_size < 1 || max_size > INT_MAX) {
		zend_argument_value_error(2, "must be between 1 and %d", INT_MAX);
		RETURN_THROWS();
	}
	if (php_fileq_deadline(timeout, 4, &deadline) == FAILURE) {
		RETURN_THROWS();
	}
	if (flags & ~(zend_long) (FQ_MSG_EXCEPT | FQ_MSG_NOERROR)) {
		zend_argument_value_error(5, "must be a combination of MessageQueue::EXCEPT and MessageQueue::NOERROR");
		RETURN_THROWS();
	}
	if (php_fileq_classes_init(&classes, allowed, 7) == FAILURE) {
		RETURN_THROWS();
	}
	buf = safe_emalloc(1, (size_t) max_size, FQ_MSG_HDR);
	PHP_FILEQ_RETRY(rc, fq_msg_receive(&self->q, buf, (size_t) max_size, (long) type, (int) flags, deadline, &got_type,
		&len, &err));
	if (rc != FQ_OK) {
		efree(buf);
		php_fileq_classes_destroy(&classes);
		if (!EG(exception)) {
			if (rc == FQ_ETOOBIG) {
				zend_throw_exception_ex(php_fileq_too_large_exception_ce, E2BIG,
					"msgrcv on queue key 0x%x (id %d): the next message is larger than maxSize (" ZEND_LONG_FMT " bytes); it stays in the queue",
					(unsigned) self->q.key, self->q.id, max_size);
			} else {
				php_fileq_throw(&err);
			}
		}
		RETURN_THROWS();
	}
	if (received_type != NULL) {
		ZEND_TRY_ASSIGN_REF_LONG(received_type, (zend_long) got_type);
	}
	if (!unserialize) {
		RETVAL_STRINGL((const char *) FQ_MSG_PAYLOAD(buf), len);
		efree(buf);
		php_fileq_classes_destroy(&classes);
		return;
	}
	ok = php_fileq_unserialize_ex((const char *) FQ_MSG_PAYLOAD(buf), len, 0, &classes, return_value, &refused);
	php_fileq_classes_destroy(&classes);
	efree(buf);
	if (ok == FAILURE) {
		if (refused != NULL) {
			zend_throw_exception_ex(php_fileq_exception_ce, 0,
				"msgrcv on queue key 0x%x (id %d): a message of type %ld names enum %s, which allowedClasses does not allow; it was taken off the queue",
				(unsigned) self->q.key, self->q.id, got_type, ZSTR_VAL(refused));
			zend_string_release(refused);
		} else if (!EG(exception)) {
			zend_throw_exception_ex(php_fileq_corrupt_exception_ce, 0,
				"msgrcv on queue key 0x%x (id %d): a message of type %ld is not a serialized value (receive it with unserialize: false)",
				(unsigned) self->q.key, self->q.id, got_type);
		}
		RETURN_THROWS();
	}
}

/* The queue's msqid_ds, for stat() and count(); false with the exception thrown. */
static bool php_fileq_message_queue_read_stat(php_fileq_message_queue_t *self, fq_msg_stat_t *st)
{
	fq_error_t err;

	if (fq_msg_stat(&self->q, st, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return false;
	}
	return true;
}

PHP_METHOD(FileQ_MessageQueue, stat)
{
	fq_msg_stat_t st;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	if (!php_fileq_message_queue_read_stat(self, &st)) {
		RETURN_THROWS();
	}
	php_fileq_message_queue_stat_array(&st, return_value);
}

PHP_METHOD(FileQ_MessageQueue, count)
{
	fq_msg_stat_t st;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	if (!php_fileq_message_queue_read_stat(self, &st)) {
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) st.qnum);
}

PHP_METHOD(FileQ_MessageQueue, setMaxBytes)
{
	fq_error_t err;
	zend_long bytes;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(bytes)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	if (bytes < 1) {
		zend_argument_value_error(1, "must be greater than 0");
		RETURN_THROWS();
	}
	if (fq_msg_set_qbytes(&self->q, (uint64_t) bytes, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_MessageQueue, remove)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	if (fq_msg_remove(&self->q, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_MessageQueue, getKey)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	RETURN_LONG(self->q.key);
}

PHP_METHOD(FileQ_MessageQueue, getId)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_MESSAGE_QUEUE_THIS();
	RETURN_LONG(self->q.id);
}

/* var_dump(): key, id, count; an error instead of throwing. */
static HashTable *php_fileq_message_queue_debug_info(zend_object *obj, int *is_temp)
{
	static const php_fileq_debug_field_t fields[] = {
		{ "key", "getKey" },
		{ "id", "getId" },
		{ "count", "count" },
		{ NULL, NULL }
	};
	HashTable *ht = zend_new_array(4);

	*is_temp = 1;
	(void) php_fileq_debug_fields(obj, ht, fields);
	return ht;
}

static void php_fileq_message_queue_minit(int module_number)
{
	(void) module_number;
	php_fileq_message_queue_interface_ce = register_class_FileQ_MessageQueueInterface(zend_ce_countable);
	php_fileq_message_queue_ce = register_class_FileQ_MessageQueue(php_fileq_message_queue_interface_ce);
	php_fileq_message_queue_ce->create_object = php_fileq_message_queue_create;

	memcpy(&php_fileq_message_queue_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_fileq_message_queue_handlers.offset = offsetof(php_fileq_message_queue_t, std);
	php_fileq_message_queue_handlers.clone_obj = NULL;
	php_fileq_message_queue_handlers.get_debug_info = php_fileq_message_queue_debug_info;
	php_fileq_message_queue_handlers.compare = zend_objects_not_comparable;
}

const php_fileq_subsystem_t php_fileq_message_queue_subsystem = {
	"message_queue", php_fileq_message_queue_minit, NULL, NULL, NULL, NULL
};
