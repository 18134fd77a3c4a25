/* FileQ\Queue: the binding of src/core/queue.c. */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>
#include <math.h>

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "src/php/exceptions.h"
#include "src/php/queue.h"
#include "src/php/signals.h"
#include "src/php/util.h"
#include "stubs/queue_arginfo.h"

zend_class_entry *php_fileq_queue_ce;
zend_class_entry *php_fileq_queue_interface_ce;
static zend_object_handlers php_fileq_queue_handlers;

static zend_object *php_fileq_queue_create(zend_class_entry *ce)
{
	php_fileq_queue_t *self = zend_object_alloc(sizeof(php_fileq_queue_t), ce);

	self->q.fd = -1;
	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &php_fileq_queue_handlers;
	return &self->std;
}

static void php_fileq_queue_free(zend_object *obj)
{
	php_fileq_queue_t *self = php_fileq_queue_from_obj(obj);

	if (self->open) {
		fq_queue_close(&self->q);
		self->open = false;
	}
	if (self->path) {
		zend_string_release(self->path);
		self->path = NULL;
	}
	zend_object_std_dtor(obj);
}

php_fileq_queue_t *php_fileq_queue_this(zval *this_ptr)
{
	php_fileq_queue_t *self = php_fileq_queue_from_obj(Z_OBJ_P(this_ptr));

	if (!self->open) {
		zend_throw_error(NULL, "FileQ\\Queue has not been constructed");
		return NULL;
	}
	return self;
}


PHP_METHOD(FileQ_Queue, __construct)
{
	php_fileq_queue_t *self = php_fileq_queue_from_obj(Z_OBJ_P(ZEND_THIS));
	zend_string *path;
	zend_long frame_size = 0, flags = 0, permissions = 0600;
	bool frame_size_null = true;
	double lock_timeout = -1;
	zend_long max_attempts = 0;
	fq_error_t err;

	ZEND_PARSE_PARAMETERS_START(1, 6)
		Z_PARAM_PATH_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(frame_size, frame_size_null)
		Z_PARAM_LONG(flags)
		Z_PARAM_LONG(permissions)
		Z_PARAM_DOUBLE(lock_timeout)
		Z_PARAM_LONG(max_attempts)
	ZEND_PARSE_PARAMETERS_END();

	if (self->open) {
		zend_throw_error(NULL, "FileQ\\Queue is already constructed");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(path) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (!frame_size_null) {
		zend_long min = (flags & FQ_QUEUE_RAW) ? 1 : (flags & FQ_QUEUE_JOBS) ? FQ_JOB_OVERHEAD + 1 : FQ_FRAME_OVERHEAD + 1;
		if (frame_size < min || frame_size > (zend_long) FQ_FRAME_SIZE_MAX) {
			zend_argument_value_error(2, "must be between " ZEND_LONG_FMT " and %u", min, (unsigned) FQ_FRAME_SIZE_MAX);
			RETURN_THROWS();
		}
	}
	if (flags & ~(zend_long) (FQ_QUEUE_RAW | FQ_QUEUE_SYNC | FQ_QUEUE_JOBS)) {
		zend_argument_value_error(3, "must be a combination of FileQ\\Queue::RAW, FileQ\\Queue::SYNC and FileQ\\Queue::JOBS");
		RETURN_THROWS();
	}
	if ((flags & FQ_QUEUE_RAW) && (flags & FQ_QUEUE_JOBS)) {
		zend_argument_value_error(3, "must not combine FileQ\\Queue::RAW and FileQ\\Queue::JOBS: the seed's layout has no room for a job's holder");
		RETURN_THROWS();
	}
	if (permissions < 0 || permissions > 0777) {
		zend_argument_value_error(4, "must be between 0 and 0o777 (no set-id or sticky bit)");
		RETURN_THROWS();
	}
	if (lock_timeout != lock_timeout || (lock_timeout < 0 && lock_timeout != -1)) {
		zend_argument_value_error(5, "must be -1 (the ini fileq.lock_timeout) or a number of seconds >= 0");
		RETURN_THROWS();
	}
	if (max_attempts < 0 || max_attempts > (zend_long) 0xffffff) {
		zend_argument_value_error(6, "must be between 0 (no limit) and 16777215");
		RETURN_THROWS();
	}
	self->max_attempts = (uint32_t) max_attempts;
	/* Resolved once, here: a later chdir() does not move the queue. */
	self->path = php_fileq_user_path(path, "open (open_basedir)");
	if (self->path == NULL) {
		RETURN_THROWS();
	}
	fq_error_clear(&err);
	if (fq_queue_open(&self->q, ZSTR_VAL(self->path), (uint32_t) frame_size, (int) flags,
			(unsigned int) permissions, php_fileq_lock_timeout_ns(lock_timeout), &err) != FQ_OK) {
		zend_string_release(self->path);
		self->path = NULL;
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	self->open = true;
}

PHP_METHOD(FileQ_Queue, push)
{
	fq_error_t err;
	zend_string *data;
	double delay = 0;
	uint64_t cursor = 0;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(delay)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (!(delay >= 0) || delay > 1e9) {
		zend_argument_value_error(2, "must be a number of seconds between 0 and 1e9");
		RETURN_THROWS();
	}
	rc = delay > 0
		? fq_queue_push_delayed(&self->q, ZSTR_VAL(data), ZSTR_LEN(data), (int64_t) (delay * 1e9), &err)
		: fq_queue_push(&self->q, ZSTR_VAL(data), ZSTR_LEN(data), &cursor, &err);
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) cursor);  /* 0 for a delayed frame: it has no cursor until it falls due */
}

/* One pop or shift: FQ_OK with *out NULL when the queue is empty. */
static int php_fileq_queue_take_once(php_fileq_queue_t *self, int newest, zend_string **out, fq_error_t *err)
{
	zend_string *buf = zend_string_alloc(fq_queue_max_payload(&self->q), 0);
	size_t start, len;
	int found, rc;

	rc = newest
		? fq_queue_pop(&self->q, (unsigned char *) ZSTR_VAL(buf), &start, &len, &found, err)
		: fq_queue_shift(&self->q, (unsigned char *) ZSTR_VAL(buf), &start, &len, &found, err);
	if (rc != FQ_OK || !found) {
		zend_string_efree(buf);
		*out = NULL;
		return rc;
	}
	*out = php_fileq_payload(buf, start, len);
	return FQ_OK;
}

/*
 * pop($timeout) / shift($timeout): take a frame, and while there is none and
 * the deadline has not passed, wait for a push (the format's wake-up: a futex
 * or inotify, not polling) and try again; another consumer may have been
 * quicker. A signal whose handler ran ends the wait with null.
 */
int php_fileq_queue_wait_more(php_fileq_queue_t *self, double timeout, int64_t deadline)
{
	fq_error_t err;
	int ready, rc;

	if (timeout == 0) {
		return 0;
	}
	PHP_FILEQ_WAIT(rc, err, fq_queue_wait(&self->q, deadline, &ready, &err));
	if (rc == PHP_FILEQ_SIGNALLED || (rc == FQ_OK && !ready)) {
		return 0;
	}
	if (rc == FQ_OK) {
		return 1;
	}
	if (rc != PHP_FILEQ_THREW) {
		php_fileq_throw(&err);
	}
	return -1;
}

static void php_fileq_queue_take(INTERNAL_FUNCTION_PARAMETERS, int newest)
{
	fq_error_t err;
	zend_string *frame;
	double timeout = 0;
	int64_t deadline = 0;
	int more;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (timeout != 0 && php_fileq_deadline(timeout, 1, &deadline) != SUCCESS) {
		RETURN_THROWS();
	}
	for (;;) {
		if (php_fileq_queue_take_once(self, newest, &frame, &err) != FQ_OK) {
			php_fileq_throw(&err);
			RETURN_THROWS();
		}
		if (frame != NULL) {
			RETURN_STR(frame);
		}
		if ((more = php_fileq_queue_wait_more(self, timeout, deadline)) <= 0) {
			if (more < 0) {
				RETURN_THROWS();
			}
			RETURN_NULL();
		}
	}
}

PHP_METHOD(FileQ_Queue, pop)
{
	php_fileq_queue_take(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1);
}

PHP_METHOD(FileQ_Queue, shift)
{
	php_fileq_queue_take(INTERNAL_FUNCTION_PARAM_PASSTHRU, 0);
}

PHP_METHOD(FileQ_Queue, read)
{
	fq_error_t err;
	zend_long cursor;
	zend_string *buf;
	size_t start, len;
	int rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(cursor)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (cursor < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	buf = zend_string_alloc(fq_queue_max_payload(&self->q), 0);
	rc = fq_queue_read(&self->q, (uint64_t) cursor, (unsigned char *) ZSTR_VAL(buf), &start, &len, &err);
	if (rc != FQ_OK) {
		zend_string_efree(buf);
		if (rc == FQ_ENOENT) {
			RETURN_NULL();
		}
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_STR(php_fileq_payload(buf, start, len));
}

PHP_METHOD(FileQ_Queue, write)
{
	fq_error_t err;
	zend_long cursor;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(cursor)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (cursor < 0) {
		zend_argument_value_error(1, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (fq_queue_write(&self->q, (uint64_t) cursor, ZSTR_VAL(data), ZSTR_LEN(data), &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Queue, count)
{
	fq_error_t err;
	uint64_t count;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	if (fq_queue_count(&self->q, &count, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) count);
}

PHP_METHOD(FileQ_Queue, clear)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	if (fq_queue_clear(&self->q, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

PHP_METHOD(FileQ_Queue, transaction)
{
	fq_error_t err;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	zval arg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (fq_queue_lock(&self->q, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	ZVAL_OBJ_COPY(&arg, &self->std);
	fci.retval = return_value;
	fci.params = &arg;
	fci.param_count = 1;
	zend_call_function(&fci, &fcc);
	zval_ptr_dtor(&arg);
	/* Released whatever the callable did, exceptions included. */
	if (fq_queue_unlock(&self->q, &err) != FQ_OK && !EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		php_fileq_throw(&err);
	}
}

PHP_METHOD(FileQ_Queue, wait)
{
	fq_error_t err;
	double timeout = -1;
	int64_t deadline = -1;
	int ready = 0, rc;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_DOUBLE(timeout)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if (php_fileq_deadline(timeout, 1, &deadline) != SUCCESS) {
		RETURN_THROWS();
	}
	PHP_FILEQ_WAIT(rc, err, fq_queue_wait(&self->q, deadline, &ready, &err));
	if (rc == PHP_FILEQ_SIGNALLED) {
		RETURN_FALSE;
	}
	if (rc != FQ_OK) {
		if (rc != PHP_FILEQ_THREW) {
			php_fileq_throw(&err);
		}
		RETURN_THROWS();
	}
	RETURN_BOOL(ready);
}

zend_result php_fileq_queue_snapshot(php_fileq_queue_t *self, php_fileq_queue_snapshot_t *snap, bool census)
{
	fq_error_t err, scratch;
	int rc;

	memset(snap, 0, sizeof(*snap));
	if ((rc = fq_queue_lock(&self->q, &err)) == FQ_OK) {
		rc = fq_queue_delayed(&self->q, &snap->delayed, &snap->next_due, &err);
		if (rc == FQ_OK && census) {
			rc = fq_queue_jobs_census(&self->q, &snap->census, &err);
		}
		if (rc == FQ_OK) {
			rc = fq_queue_stat(&self->q, &snap->st, &snap->file_size, &err);
		}
		if (fq_queue_unlock(&self->q, rc == FQ_OK ? &err : &scratch) != FQ_OK && rc == FQ_OK) {
			rc = FQ_EIO;
		}
	}
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	return SUCCESS;
}

PHP_METHOD(FileQ_Queue, stats)
{
	php_fileq_queue_snapshot_t snap;
	bool raw;

	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	if (php_fileq_queue_snapshot(self, &snap, false) != SUCCESS) {
		RETURN_THROWS();
	}
	raw = (self->q.flags & FQ_QUEUE_RAW) != 0;
	array_init(return_value);
	add_assoc_str(return_value, "path", zend_string_copy(self->path));
	add_assoc_string(return_value, "format", raw ? "raw" : "framed");
	add_assoc_long(return_value, "frameSize", (zend_long) self->q.frame_size);
	add_assoc_long(return_value, "maxPayload", (zend_long) fq_queue_max_payload(&self->q));
	add_assoc_long(return_value, "count", (zend_long) fq_state_waiting(&self->q, &snap.st));
	add_assoc_long(return_value, "fileSize", (zend_long) snap.file_size);
	if (!raw) {
		add_assoc_long(return_value, "headCursor", (zend_long) (FQ_HEADER_SIZE + snap.st.head * self->q.frame_size));
		add_assoc_long(return_value, "tailCursor", (zend_long) (FQ_HEADER_SIZE + snap.st.tail * self->q.frame_size));
		add_assoc_long(return_value, "pushed", (zend_long) snap.st.pushed);
		add_assoc_long(return_value, "popped", (zend_long) snap.st.popped);
		add_assoc_long(return_value, "dropped", (zend_long) snap.st.dropped);
		add_assoc_long(return_value, "delayed", (zend_long) snap.delayed);
		if (snap.delayed > 0) {
			add_assoc_double(return_value, "nextDue", (double) snap.next_due / 1e9);
		} else {
			add_assoc_null(return_value, "nextDue");
		}
		add_assoc_long(return_value, "bootSize", (zend_long) snap.st.boot_len);
		add_assoc_long(return_value, "generation", (zend_long) snap.st.seq);
		add_assoc_bool(return_value, "jobs", self->q.jobs);
	}
	add_assoc_long(return_value, "bootCapacity", (zend_long) fq_queue_boot_capacity(&self->q));
	add_assoc_bool(return_value, "sync", (self->q.flags & FQ_QUEUE_SYNC) != 0);
	add_assoc_string(return_value, "lock", (char *) fq_queue_lock_kind(&self->q));
}

PHP_METHOD(FileQ_Queue, getPath)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	RETURN_STR_COPY(self->path);
}

PHP_METHOD(FileQ_Queue, getFrameSize)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	RETURN_LONG((zend_long) self->q.frame_size);
}

PHP_METHOD(FileQ_Queue, getMaxPayload)
{
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	RETURN_LONG((zend_long) fq_queue_max_payload(&self->q));
}

/*
 * var_dump(): the path, frame size, format and count. A file that cannot be
 * read (or a queue never constructed) shows its error: nothing is thrown.
 */
static HashTable *php_fileq_queue_debug_info(zend_object *obj, int *is_temp)
{
	php_fileq_queue_t *self = php_fileq_queue_from_obj(obj);
	HashTable *ht = zend_new_array(4);
	fq_error_t err;
	uint64_t count;
	zval v;

	*is_temp = 1;
	if (!self->open) {
		php_fileq_debug_error(ht, "not constructed");
		return ht;
	}
	ZVAL_STR_COPY(&v, self->path);
	zend_hash_str_add_new(ht, ZEND_STRL("path"), &v);
	ZVAL_LONG(&v, (zend_long) self->q.frame_size);
	zend_hash_str_add_new(ht, ZEND_STRL("frameSize"), &v);
	ZVAL_STRING(&v, (self->q.flags & FQ_QUEUE_RAW) ? "raw" : self->q.jobs ? "jobs" : "framed");
	zend_hash_str_add_new(ht, ZEND_STRL("format"), &v);
	fq_error_clear(&err);
	if (fq_queue_count(&self->q, &count, &err) != FQ_OK) {
		php_fileq_debug_error(ht, err.msg);
		return ht;
	}
	ZVAL_LONG(&v, (zend_long) count);
	zend_hash_str_add_new(ht, ZEND_STRL("count"), &v);
	return ht;
}

static void php_fileq_queue_minit(int module_number)
{
	(void) module_number;
	fq_core_init();
	php_fileq_queue_interface_ce = register_class_FileQ_QueueInterface(zend_ce_countable);
	php_fileq_queue_ce = register_class_FileQ_Queue(php_fileq_queue_interface_ce);
	php_fileq_queue_ce->create_object = php_fileq_queue_create;

	memcpy(&php_fileq_queue_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	php_fileq_queue_handlers.offset = offsetof(php_fileq_queue_t, std);
	php_fileq_queue_handlers.free_obj = php_fileq_queue_free;
	php_fileq_queue_handlers.clone_obj = NULL;
	php_fileq_queue_handlers.get_debug_info = php_fileq_queue_debug_info;
}

/* The RAW queues' change watch: the thread's ring and inotify instance go before the code does. */
static void php_fileq_queue_mshutdown(void)
{
	fq_watch_shutdown();
}

const php_fileq_subsystem_t php_fileq_queue_subsystem = {
	"queue", php_fileq_queue_minit, php_fileq_queue_mshutdown, NULL, NULL, NULL
};
