/*
 * msg_*, SysvMessageQueue and MSG_* for a PHP without ext/sysvmsg: the same
 * signatures, return values, warnings and message layout (php_var_serialize
 * bytes after a C long type), on src/core/sysv_msg.c with FQ_MSG_KERNEL so
 * that errno is the kernel's, as the msg_* functions report it.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>

#include "php.h"

#include "src/core/sysv_msg.h"
#include "src/php/compat_sysvmsg.h"
#include "src/php/message_queue.h"
#include "src/php/util.h"

/* The MSG_* values ext/sysvmsg gives PHP code (php_sysvmsg.h), mapped to the kernel's flags below. */
#define PHP_FILEQ_MSG_IPC_NOWAIT 1
#define PHP_FILEQ_MSG_NOERROR    2
#define PHP_FILEQ_MSG_EXCEPT     4

#include "stubs/compat_sysvmsg_arginfo.h"

typedef struct php_fileq_compat_msg {
	fq_msg_t q;
	zend_object std;
} php_fileq_compat_msg_t;

/*
 * The buffer sysvmsg allocates is its struct php_msgbuf plus the payload:
 * allocating as much (the payload at FQ_MSG_PAYLOAD) makes a huge
 * $max_message_size fail with the same overflow or memory-limit error.
 */
typedef struct php_fileq_compat_msgbuf {
	long mtype;
	char mtext[1];
} php_fileq_compat_msgbuf_t;

static zend_class_entry *php_fileq_compat_msg_ce;
static zend_object_handlers php_fileq_compat_msg_handlers;

static inline php_fileq_compat_msg_t *php_fileq_compat_msg_from_obj(zend_object *obj)
{
	return (php_fileq_compat_msg_t *) ((char *) obj - offsetof(php_fileq_compat_msg_t, std));
}

#define Z_FQ_COMPAT_MSG_P(zv) php_fileq_compat_msg_from_obj(Z_OBJ_P(zv))

static zend_object *php_fileq_compat_msg_create(zend_class_entry *ce)
{
	php_fileq_compat_msg_t *self = zend_object_alloc(sizeof(php_fileq_compat_msg_t), ce);

	self->q.key = 0;
	self->q.id = -1;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_compat_msg_handlers;
	return &self->std;
}

static zend_function *php_fileq_compat_msg_get_constructor(zend_object *obj)
{
	(void) obj;
	zend_throw_error(NULL, "Cannot directly construct SysvMessageQueue, use msg_get_queue() instead");
	return NULL;
}

/* The errno a failed fq_msg_* call stands for (an interrupted call is EINTR, as the bare call reports it). */
static int php_fileq_compat_msg_errno(int rc, const fq_error_t *err)
{
	return rc == FQ_EINTR ? EINTR : err->sys_errno;
}

ZEND_FUNCTION(msg_get_queue)
{
	zend_long key, perms = 0666;
	php_fileq_compat_msg_t *mq;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "l|l", &key, &perms) == FAILURE) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	object_init_ex(return_value, php_fileq_compat_msg_ce);
	mq = Z_FQ_COMPAT_MSG_P(return_value);
	if (fq_msg_get(&mq->q, (int32_t) key, (int) perms, &err) != FQ_OK) {
		php_error_docref(NULL, E_WARNING, "Failed for key 0x" ZEND_XLONG_FMT ": %s", key, strerror(err.sys_errno));
		zval_ptr_dtor(return_value);
		RETURN_FALSE;
	}
}

ZEND_FUNCTION(msg_send)
{
	zval *queue, *message, *zerror = NULL;
	zend_long msgtype;
	bool do_serialize = true, blocking = true;
	php_fileq_compat_msg_t *mq;
	zend_string *payload;
	void *buf;
	fq_error_t err;
	int rc;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "Olz|bbz", &queue, php_fileq_compat_msg_ce, &msgtype, &message,
			&do_serialize, &blocking, &zerror) == FAILURE) {
		RETURN_THROWS();
	}
	mq = Z_FQ_COMPAT_MSG_P(queue);

	payload = php_fileq_message_bytes(message, do_serialize);
	if (payload == NULL) {
		if (!EG(exception)) {
			/* worded as the running PHP's sysvmsg words it */
#if PHP_VERSION_ID >= 80300
			zend_argument_type_error(3, "must be of type string|int|float|bool, %s given", zend_zval_value_name(message));
#else
			zend_argument_type_error(3, "must be of type string|int|float|bool, %s given", zend_zval_type_name(message));
#endif
		}
		RETURN_THROWS();
	}

	buf = safe_emalloc(ZSTR_LEN(payload), 1, sizeof(php_fileq_compat_msgbuf_t));
	memcpy(FQ_MSG_PAYLOAD(buf), ZSTR_VAL(payload), ZSTR_LEN(payload));
	fq_error_clear(&err);
	rc = fq_msg_send(&mq->q, buf, (long) msgtype, ZSTR_LEN(payload), FQ_MSG_KERNEL | (blocking ? 0 : FQ_MSG_NOWAIT), &err);
	efree(buf);
	zend_string_release(payload);

	if (rc != FQ_OK) {
		int e = php_fileq_compat_msg_errno(rc, &err);
		php_error_docref(NULL, E_WARNING, "msgsnd failed: %s", strerror(e));
		if (zerror) {
			ZEND_TRY_ASSIGN_REF_LONG(zerror, e);
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_FUNCTION(msg_receive)
{
	zval *queue, *out_msgtype, *out_message, *zerrcode = NULL;
	zend_long desired, maxsize, flags = 0;
	bool do_unserialize = true;
	php_fileq_compat_msg_t *mq;
	int fqflags = FQ_MSG_KERNEL, rc;
	void *buf;
	long got_type = 0;
	size_t got_len = 0;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "Olzlz|blz", &queue, php_fileq_compat_msg_ce, &desired, &out_msgtype,
			&maxsize, &out_message, &do_unserialize, &flags, &zerrcode) == FAILURE) {
		RETURN_THROWS();
	}
	if (maxsize <= 0) {
		zend_argument_value_error(4, "must be greater than 0");
		RETURN_THROWS();
	}
	if (flags & PHP_FILEQ_MSG_EXCEPT) {
#ifndef MSG_EXCEPT
		php_error_docref(NULL, E_WARNING, "MSG_EXCEPT is not supported on your system");
		RETURN_FALSE;
#else
		fqflags |= FQ_MSG_EXCEPT;
#endif
	}
	if (flags & PHP_FILEQ_MSG_NOERROR) {
		fqflags |= FQ_MSG_NOERROR;
	}
	if (flags & PHP_FILEQ_MSG_IPC_NOWAIT) {
		fqflags |= FQ_MSG_NOWAIT;
	}
	mq = Z_FQ_COMPAT_MSG_P(queue);

	buf = safe_emalloc((size_t) maxsize, 1, sizeof(php_fileq_compat_msgbuf_t));
	fq_error_clear(&err);
	rc = fq_msg_receive(&mq->q, buf, (size_t) maxsize, (long) desired, fqflags, -1, &got_type, &got_len, &err);
	RETVAL_FALSE;
	if (rc == FQ_OK) {
		const char *payload = (const char *) FQ_MSG_PAYLOAD(buf);

		ZEND_TRY_ASSIGN_REF_LONG(out_msgtype, got_type);
		if (zerrcode) {
			ZEND_TRY_ASSIGN_REF_LONG(zerrcode, 0);
		}
		RETVAL_TRUE;
		if (do_unserialize) {
			zval tmp;
			if (php_fileq_unserialize_ex(payload, got_len, PHP_FILEQ_UNSERIALIZE_TRAILING, NULL, &tmp, NULL) == FAILURE) {
				php_error_docref(NULL, E_WARNING, "Message corrupted");
				ZEND_TRY_ASSIGN_REF_FALSE(out_message);
				RETVAL_FALSE;
			} else {
				ZEND_TRY_ASSIGN_REF_TMP(out_message, &tmp);
			}
		} else {
			ZEND_TRY_ASSIGN_REF_STRINGL(out_message, payload, got_len);
		}
	} else {
		ZEND_TRY_ASSIGN_REF_LONG(out_msgtype, 0);
		ZEND_TRY_ASSIGN_REF_FALSE(out_message);
		if (zerrcode) {
			ZEND_TRY_ASSIGN_REF_LONG(zerrcode, php_fileq_compat_msg_errno(rc, &err));
		}
	}
	efree(buf);
}

ZEND_FUNCTION(msg_remove_queue)
{
	zval *queue;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "O", &queue, php_fileq_compat_msg_ce) == FAILURE) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	RETURN_BOOL(fq_msg_remove(&Z_FQ_COMPAT_MSG_P(queue)->q, &err) == FQ_OK);
}

ZEND_FUNCTION(msg_stat_queue)
{
	zval *queue;
	fq_msg_stat_t st;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "O", &queue, php_fileq_compat_msg_ce) == FAILURE) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_msg_stat(&Z_FQ_COMPAT_MSG_P(queue)->q, &st, &err) != FQ_OK) {
		RETURN_FALSE;
	}
	php_fileq_message_queue_stat_array(&st, return_value);
}

/* zval_get_long() of data[name] when it is there (msg_set_queue converts as sysvmsg does, warnings included). */
static int php_fileq_compat_msg_field(HashTable *data, const char *name, long *out)
{
	zval *item = zend_hash_str_find(data, name, strlen(name));

	if (item == NULL) {
		return 0;
	}
	*out = (long) zval_get_long(item);
	return 1;
}

ZEND_FUNCTION(msg_set_queue)
{
	zval *queue, *data;
	php_fileq_compat_msg_t *mq;
	fq_msg_stat_t st;
	fq_msg_attrs_t a;
	long qbytes = 0;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "Oa", &queue, php_fileq_compat_msg_ce, &data) == FAILURE) {
		RETURN_THROWS();
	}
	mq = Z_FQ_COMPAT_MSG_P(queue);
	fq_error_clear(&err);
	/* sysvmsg reads the fields only once IPC_STAT has worked */
	if (fq_msg_stat(&mq->q, &st, &err) != FQ_OK) {
		RETURN_FALSE;
	}
	memset(&a, 0, sizeof(a));
	a.set_uid = php_fileq_compat_msg_field(Z_ARRVAL_P(data), "msg_perm.uid", &a.uid);
	a.set_gid = php_fileq_compat_msg_field(Z_ARRVAL_P(data), "msg_perm.gid", &a.gid);
	a.set_mode = php_fileq_compat_msg_field(Z_ARRVAL_P(data), "msg_perm.mode", &a.mode);
	a.set_qbytes = php_fileq_compat_msg_field(Z_ARRVAL_P(data), "msg_qbytes", &qbytes);
	a.qbytes = (uint64_t) qbytes;
	RETURN_BOOL(fq_msg_set(&mq->q, &a, &err) == FQ_OK);
}

ZEND_FUNCTION(msg_queue_exists)
{
	zend_long key;
	int id;
	fq_error_t err;

	if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &key) == FAILURE) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	RETURN_BOOL(fq_msg_lookup((int32_t) key, &id, &err) == FQ_OK);
}

/* SysvMessageQueue (a handle: no new, no clone, no comparison) and the MSG_* constants. */
static void php_fileq_compat_sysvmsg_symbols(int module_number)
{
	php_fileq_compat_msg_ce = register_class_SysvMessageQueue();
	php_fileq_compat_handle_class(php_fileq_compat_msg_ce, &php_fileq_compat_msg_handlers,
		offsetof(php_fileq_compat_msg_t, std), php_fileq_compat_msg_create, php_fileq_compat_msg_get_constructor, NULL);
	register_compat_sysvmsg_symbols(module_number);
}

static const char *const php_fileq_compat_sysvmsg_classes[] = { "sysvmessagequeue", NULL };

const php_fileq_compat_family_t php_fileq_compat_sysvmsg_family = {
	.name = "sysvmsg",
	.extension = "sysvmsg",
	.functions = ext_functions,
	.classes = php_fileq_compat_sysvmsg_classes,
	.register_symbols = php_fileq_compat_sysvmsg_symbols,
};
