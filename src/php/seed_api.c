/*
 * The seed's procedural API, native: queue_address_push() and
 * queue_address_pop(), byte-compatible with the pure-PHP originals
 * (tests/seed/seed_queue_baseline.inc reproduces them; README, "The seed's
 * queue functions"). The work is the core's (src/core/seed.c); this file finds
 * the queue file, keeps one open file per path for the thread (kept across
 * requests, as a persistent connection is: a PHP-FPM worker opens a file once,
 * not once per request), and runs the PHP callback when the core asks.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <errno.h>

#include "php.h"
#include "php_streams.h"
#include "main/fopen_wrappers.h"
#include "zend_exceptions.h"

#include "php_fileq.h"
#include "src/core/seed.h"
#include "src/php/exceptions.h"
#include "src/php/seed_api.h"
#include "src/php/util.h"

/* More files than this in one request: the idle descriptors are closed first. */
#define PHP_FILEQ_SEED_FILES_MAX 64

typedef struct php_fileq_seed_file {
	fq_seed_file_t s;
	zend_string *path;  /* persistent; keeps the core's path alive */
	zend_ulong request; /* the request that last checked open_basedir for it */
	double timeout_ini; /* fileq.lock_timeout when the core was last given it */
} php_fileq_seed_file_t;

/* Lets go of the last call's path and file (at request end, and before a cached file may be closed). */
static void php_fileq_seed_forget_last(void)
{
	if (FILEQ_G(seed_last_path) != NULL) {
		zend_string_release(FILEQ_G(seed_last_path));
		FILEQ_G(seed_last_path) = NULL;
	}
	FILEQ_G(seed_last) = NULL;
}

/* The lock timeout the ini says now, handed to the core when it changed (ini_set() between two calls). */
static void php_fileq_seed_timeout(php_fileq_seed_file_t *f)
{
	double ini = FILEQ_G(lock_timeout);

	if (ini != f->timeout_ini) {
		fq_seed_set_lock_timeout(&f->s, php_fileq_lock_timeout_ns(-1));
		f->timeout_ini = ini;
	}
}

static void php_fileq_seed_file_free(zval *zv)
{
	php_fileq_seed_file_t *f = Z_PTR_P(zv);

	fq_seed_close(&f->s);
	zend_string_release(f->path);
	pefree(f, 1);
}

/* Looked up on every call: hashing a 29-byte name each time was a third of the call's own work. */
static zend_string *php_fileq_seed_settings_name, *php_fileq_seed_queue_file_name;

static void php_fileq_seed_api_minit(int module_number)
{
	(void) module_number;
	php_fileq_seed_settings_name = zend_string_init_interned(ZEND_STRL("cron_requests_events_settings"), 1);
	php_fileq_seed_queue_file_name = zend_string_init_interned(ZEND_STRL("queue_file"), 1);
}

static void php_fileq_seed_api_rshutdown(void)
{
	/* The files stay open for the next request (their open_basedir is checked again then). */
	php_fileq_seed_forget_last();
	FILEQ_G(seed_request)++;
	FILEQ_G(seed_callbacks) = 0;  /* a callback a fatal error ended never counted itself out */
}

void php_fileq_seed_api_gshutdown(HashTable **files)
{
	/* No last call to forget: every request end forgot it. */
	if (*files != NULL) {
		zend_hash_destroy(*files);
		pefree(*files, 1);
		*files = NULL;
	}
}

/* Closes the cached files no call is using (a callback may be running inside one that is). */
static void php_fileq_seed_files_trim(HashTable *files)
{
	php_fileq_seed_file_t *f;
	zend_string *key;

	php_fileq_seed_forget_last();
	ZEND_HASH_FOREACH_STR_KEY_PTR(files, key, f) {
		if (!fq_seed_busy(&f->s)) {
			zend_hash_del(files, key);
		}
	} ZEND_HASH_FOREACH_END();
}

/*
 * The queue file: $cron_requests_events_settings['queue_file'] when that global
 * is set, else the ini setting fileq.queue_file. NULL with an exception thrown
 * when neither names one. *owned is set when the caller must release the string.
 */
static zend_string *php_fileq_seed_path(bool *owned)
{
	zval *settings, *file;
	zend_string *path = NULL;

	*owned = false;
	settings = zend_hash_find_ind(&EG(symbol_table), php_fileq_seed_settings_name);
	if (settings != NULL) {
		ZVAL_DEREF(settings);
		if (Z_TYPE_P(settings) == IS_ARRAY
				&& (file = zend_hash_find_ind(Z_ARRVAL_P(settings), php_fileq_seed_queue_file_name)) != NULL) {
			ZVAL_DEREF(file);
			if (Z_TYPE_P(file) == IS_STRING) {
				path = Z_STR_P(file);
			} else if (Z_TYPE_P(file) != IS_NULL) {
				path = zval_try_get_string(file);
				if (path == NULL) {
					return NULL;
				}
				*owned = true;
			}
		}
	}
	if (path == NULL && FILEQ_G(queue_file) != NULL && ZSTR_LEN(FILEQ_G(queue_file)) > 0) {
		path = zend_string_init(ZSTR_VAL(FILEQ_G(queue_file)), ZSTR_LEN(FILEQ_G(queue_file)), 0);
		*owned = true;
	}
	if (path == NULL || ZSTR_LEN(path) == 0) {
		if (*owned && path != NULL) {
			zend_string_release(path);
			*owned = false;
		}
		zend_throw_exception(php_fileq_exception_ce,
			"No queue file: set $cron_requests_events_settings['queue_file'] or the ini setting fileq.queue_file", 0);
		return NULL;
	}
	if (zend_str_has_nul_byte(path)) {
		if (*owned) {
			zend_string_release(path);
			*owned = false;
		}
		zend_value_error("The queue file path must not contain any null bytes");
		return NULL;
	}
	if (ZSTR_VAL(path)[0] != '/') {
		/* From PHP's current directory, as the original's fopen() took it (ZTS keeps one per thread). */
		zend_string *abs = php_fileq_absolute_path(path);

		if (*owned) {
			zend_string_release(path);
		}
		*owned = abs != NULL;
		if (abs == NULL) {
			zend_throw_exception(php_fileq_io_exception_ce, "No queue file: its relative path cannot be resolved", 0);
			return NULL;
		}
		path = abs;
	}
	return path;
}

/*
 * Whether open_basedir is set. A script may narrow it at any time (ini_set), so
 * while it is set every call checks its path, as the original's fopen() did.
 */
static bool php_fileq_seed_basedir_on(void)
{
	return PG(open_basedir) != NULL && PG(open_basedir)[0] != '\0';
}

/* Whether open_basedir lets this request use path; an exception thrown when not. */
static bool php_fileq_seed_allowed(zend_string *path)
{
	fq_error_t err;

	if (!php_check_open_basedir_ex(ZSTR_VAL(path), 0)) {  /* the exception says it: no warning beside it */
		return true;
	}
	fq_error_sys(&err, EPERM, "open (open_basedir)", ZSTR_VAL(path));
	php_fileq_throw(&err);
	return false;
}

/* The file a running call holds locked that path names too (by identity: "//q" or a link is the same file), else NULL. */
static php_fileq_seed_file_t *php_fileq_seed_locked_as(HashTable *files, zend_string *path)
{
	php_fileq_seed_file_t *f;

	ZEND_HASH_FOREACH_PTR(files, f) {
		if (fq_seed_busy(&f->s) && (zend_string_equals(f->path, path) || fq_seed_names(&f->s, ZSTR_VAL(path)))) {
			return f;
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

/*
 * The cached queue of path, opened on first use. The file must exist (the seed
 * opens it 'r+'): FQ_QUEUE_BYPATH never creates it, on the first open or after
 * it was deleted.
 */
static php_fileq_seed_file_t *php_fileq_seed_file(zend_string *path)
{
	php_fileq_seed_file_t *f;
	HashTable *files = FILEQ_G(seed_files);
	fq_error_t err;

	if (files == NULL) {
		files = pemalloc(sizeof(*files), 1);
		zend_hash_init(files, 4, NULL, php_fileq_seed_file_free, 1);
		FILEQ_G(seed_files) = files;
	} else if (FILEQ_G(seed_callbacks) > 0 && (f = php_fileq_seed_locked_as(files, path)) != NULL) {
		return f;  /* this thread holds its lock: through another handle it would wait for itself */
	} else if ((f = zend_hash_find_ptr(files, path)) != NULL) {
		if (f->request != FILEQ_G(seed_request) || php_fileq_seed_basedir_on()) {
			if (!php_fileq_seed_allowed(path)) {
				return NULL;
			}
			f->request = FILEQ_G(seed_request);
		}
		php_fileq_seed_timeout(f);
		return f;
	}
	if (!php_fileq_seed_allowed(path)) {
		return NULL;
	}
	if (zend_hash_num_elements(files) >= PHP_FILEQ_SEED_FILES_MAX) {
		php_fileq_seed_files_trim(files);
	}
	f = pemalloc(sizeof(*f), 1);
	f->path = zend_string_init(ZSTR_VAL(path), ZSTR_LEN(path), 1);
	f->request = FILEQ_G(seed_request);
	f->timeout_ini = FILEQ_G(lock_timeout);
	if (fq_seed_open(&f->s, ZSTR_VAL(f->path), php_fileq_lock_timeout_ns(-1), &err) != FQ_OK) {
		zend_string_release(f->path);
		pefree(f, 1);
		php_fileq_throw(&err);
		return NULL;
	}
	zend_hash_add_new_ptr(files, f->path, f);
	return f;
}

/* The file at path (released here when owned), opened or taken from the cache; NULL with an exception thrown. */
static php_fileq_seed_file_t *php_fileq_seed_get(zend_string *path, bool owned)
{
	php_fileq_seed_file_t *f;

	/*
	 * The same string as the last call's (the global's value, untouched since):
	 * its file, already checked this request. Held, the string cannot be freed
	 * and another take its address. Not from a callback, which may name its
	 * locked file another way. An owned string (the ini's, a relative path
	 * made absolute) is new at every call: never the last one, not kept.
	 */
	if (path == FILEQ_G(seed_last_path) && FILEQ_G(seed_callbacks) == 0 && !php_fileq_seed_basedir_on()) {
		f = FILEQ_G(seed_last);
		php_fileq_seed_timeout(f);
		return f;
	}
	f = php_fileq_seed_file(path);
	if (f != NULL && !owned && FILEQ_G(seed_callbacks) == 0) {
		php_fileq_seed_forget_last();
		FILEQ_G(seed_last_path) = zend_string_copy(path);
		FILEQ_G(seed_last) = f;
	}
	if (owned) {
		zend_string_release(path);
	}
	return f;
}

/*
 * The callback argument: '' means none (*callback = NULL). A non-empty string
 * is only looked at when it is called, as the seed's call_user_func() does.
 */
static bool php_fileq_seed_callback_arg(zval **callback, uint32_t arg_num)
{
	zval *cb = *callback;
	zend_string *str;

	if (cb == NULL) {
		return true;
	}
	if (Z_TYPE_P(cb) != IS_STRING && Z_TYPE_P(cb) != IS_ARRAY && Z_TYPE_P(cb) != IS_OBJECT) {
		/* Scalars as the arginfo's callable|string takes them: coerced to string unless strict. */
		if (!zend_parse_arg_str(cb, &str, false, arg_num)) {
			if (!EG(exception)) {
				zend_argument_type_error(arg_num, "must be of type callable|string, %s given", zend_zval_type_name(cb));
			}
			return false;
		}
	} else if (Z_TYPE_P(cb) != IS_STRING && !zend_is_callable(cb, 0, NULL)) {
		zend_argument_type_error(arg_num, "must be of type callable|string, %s given", zend_zval_type_name(cb));
		return false;
	}
	if (Z_TYPE_P(cb) == IS_STRING && Z_STRLEN_P(cb) == 0) {
		*callback = NULL;
	}
	return true;
}

/* What the core's seed operation hands back to PHP: the callback and its arguments, the popped frame's memory. */
typedef struct php_fileq_seed_ctx {
	php_fileq_seed_file_t *f;
	zval *callback;     /* NULL: none */
	zval *args;         /* args[0] is set to $fh */
	uint32_t argc;
	zend_string *buf;   /* pop: the frame read */
	bool bailout;       /* the callback ended in a fatal error: carried on once the core let go of the file */
} php_fileq_seed_ctx_t;

/*
 * @call_user_func($callback, $fh, ...args), run by the core under the lock:
 * $fh is a PHP stream on a duplicate of the locked descriptor (it shares the
 * flock; closing it does not release it). FQ_ECALLER when an exception is
 * pending.
 */
static int php_fileq_seed_hook(void *ptr, int *fd, fq_error_t *err)
{
	php_fileq_seed_ctx_t *ctx = ptr;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	zend_long reporting;
	php_stream *stream;
	char *error = NULL;
	zval retval;
	zend_execute_data *frame = EG(current_execute_data);

	/*
	 * Resolved from this function's frame, which has no class scope: the seed's
	 * call_user_func() ran inside a global function, so "self::x" or a private
	 * method of the caller's class was not callable there either.
	 */
	if (!zend_is_callable_at_frame(ctx->callback, NULL, EG(current_execute_data), 0, &fcc, &error)) {
		zend_type_error("call_user_func(): Argument #1 ($callback) must be a valid callback, %s",
			error != NULL ? error : "unknown error");
		if (error != NULL) {
			efree(error);
		}
		return FQ_ECALLER;
	}
	if (error != NULL) {
		efree(error);  /* a deprecation, which the seed's @ silences */
	}
	fci.size = sizeof(fci);
	fci.object = fcc.object;
	ZVAL_COPY_VALUE(&fci.function_name, ctx->callback);
	fci.named_params = NULL;
	stream = php_stream_fopen_from_fd(*fd, "r+", NULL);
	if (stream == NULL) {
		return fq_error_set(err, FQ_EIO, "stream on '%s': cannot be made", ZSTR_VAL(ctx->f->path));
	}
	*fd = -1;  /* the stream's now */
	/* What the seed's fopen() stream reports in stream_get_meta_data(): "plainfile" and the path. */
	stream->wrapper = &php_plain_files_wrapper;
	stream->orig_path = estrndup(ZSTR_VAL(ctx->f->path), ZSTR_LEN(ctx->f->path));
	php_stream_to_zval(stream, &ctx->args[0]);

	/* What `@` does: only fatal errors stay reported while the callback runs. */
	reporting = EG(error_reporting);
	if (!E_HAS_ONLY_FATAL_ERRORS(reporting)) {
		EG(error_reporting) &= E_FATAL_ERRORS;
	}
	ZVAL_UNDEF(&retval);
	fci.retval = &retval;
	fci.params = ctx->args;
	fci.param_count = ctx->argc;
	FILEQ_G(seed_callbacks)++;
	/*
	 * A fatal error in the callback (a timeout, E_USER_ERROR) longjmp()s out
	 * of PHP's call: caught here so that the core unlocks the file (it stays
	 * open for the next request, in a worker) and error_reporting comes back,
	 * then carried on by the caller (php_fileq_seed_result()).
	 */
	zend_try {
		zend_call_function(&fci, &fcc);
	} zend_catch {
		ctx->bailout = true;
		EG(current_execute_data) = frame;
	} zend_end_try();
	FILEQ_G(seed_callbacks)--;
	if (E_HAS_ONLY_FATAL_ERRORS(EG(error_reporting)) && !E_HAS_ONLY_FATAL_ERRORS(reporting)) {
		EG(error_reporting) = reporting;
	}
	zval_ptr_dtor(&retval);

	/* Closed now, even if the callback kept $fh (it may have fclose()d it itself). */
	if (Z_RES(ctx->args[0])->type == php_file_le_stream()) {
		zend_list_close(Z_RES(ctx->args[0]));
	}
	zval_ptr_dtor(&ctx->args[0]);
	return EG(exception) || ctx->bailout ? FQ_ECALLER : FQ_OK;
}

/* The callback, when there is one, as call's hook, with args (args[0] is set to $fh when it runs). */
static void php_fileq_seed_callback(php_fileq_seed_ctx_t *ctx, fq_seed_call_t *call, zval *callback, zval *args,
	uint32_t argc)
{
	if (callback != NULL) {
		ctx->callback = callback;
		ctx->args = args;
		ctx->argc = argc;
		call->hook = php_fileq_seed_hook;
	}
}

static unsigned char *php_fileq_seed_alloc(void *ptr, size_t cap)
{
	php_fileq_seed_ctx_t *ctx = ptr;

	ctx->buf = zend_string_alloc(cap, 0);
	return (unsigned char *) ZSTR_VAL(ctx->buf);
}

/*
 * After fq_seed_*(): FAILURE with the exception thrown (or already pending:
 * the callback's); a fatal error of the callback goes on from here, the file
 * unlocked.
 */
static zend_result php_fileq_seed_result(int rc, php_fileq_seed_ctx_t *ctx, fq_error_t *err)
{
	if (ctx->bailout) {
		if (ctx->buf != NULL) {
			zend_string_efree(ctx->buf);
			ctx->buf = NULL;
		}
		zend_bailout();
	}
	if (rc == FQ_OK && !EG(exception)) {
		return SUCCESS;
	}
	if (rc != FQ_OK && rc != FQ_ECALLER && !EG(exception)) {
		php_fileq_throw(err);
	}
	return FAILURE;
}

/*
 * A frame is written padded to frame_size with NUL bytes. The seed built that
 * padding in memory (str_pad), so memory_limit bounded it; fileq writes it
 * from a page of zeros, so it bounds it here: FileQ\TooLargeException above
 * FQ_FRAME_SIZE_MAX (64 MiB), rather than filling the disk.
 */
static bool php_fileq_seed_size_ok(zend_long frame_size)
{
	fq_error_t err;

	if (frame_size <= (zend_long) FQ_FRAME_SIZE_MAX) {  /* sizes <= 0 are refused elsewhere, as the seed does */
		return true;
	}
	fq_error_set(&err, FQ_ETOOBIG, "frame_size " ZEND_LONG_FMT " exceeds the %u bytes a frame may take",
		frame_size, (unsigned) FQ_FRAME_SIZE_MAX);
	php_fileq_throw(&err);
	return false;
}

/* {{{ int queue_address_push(string $frame, int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, callable|string $callback = '') */
ZEND_FUNCTION(queue_address_push)
{
	zend_string *frame, *path;
	zend_long frame_size = 0, cursor = ZEND_LONG_MAX;
	zval *callback = NULL, args[3];
	php_fileq_seed_ctx_t ctx = {0};
	fq_seed_call_t call = {0};
	fq_error_t err;
	uint64_t at = 0;
	bool owned;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_STR(frame)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(frame_size)
		Z_PARAM_LONG(cursor)
		Z_PARAM_ZVAL(callback)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_seed_callback_arg(&callback, 4)) {
		RETURN_THROWS();
	}
	path = php_fileq_seed_path(&owned);
	if (path == NULL) {
		RETURN_THROWS();
	}
	/* Refused as the seed refuses: no callback, nothing written, 0 returned. */
	if (frame_size <= 0 || ZSTR_LEN(frame) > (size_t) frame_size) {
		if (owned) {
			zend_string_release(path);
		}
		RETURN_LONG(0);
	}
	if (cursor < 0) {
		if (owned) {
			zend_string_release(path);
		}
		zend_argument_value_error(3, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (!php_fileq_seed_size_ok(frame_size)) {
		if (owned) {
			zend_string_release(path);
		}
		RETURN_THROWS();
	}
	if ((ctx.f = php_fileq_seed_get(path, owned)) == NULL) {
		RETURN_THROWS();
	}
	ZVAL_LONG(&args[1], frame_size);
	ZVAL_LONG(&args[2], cursor);
	php_fileq_seed_callback(&ctx, &call, callback, args, 3);
	call.frame_size = (size_t) frame_size;
	call.cursor = cursor == ZEND_LONG_MAX ? FQ_RAW_APPEND : (int64_t) cursor;
	call.data = ZSTR_VAL(frame);
	call.len = ZSTR_LEN(frame);
	call.ctx = &ctx;
	if (php_fileq_seed_result(fq_seed_push(&ctx.f->s, &call, &at, &err), &ctx, &err) != SUCCESS) {
		RETURN_THROWS();
	}
	RETURN_LONG((zend_long) at);
}
/* }}} */

/* {{{ string queue_address_pop(int $frame_size = 0, int $frame_cursor = PHP_INT_MAX, string $frame_replace = '', callable|string $callback = '') */
ZEND_FUNCTION(queue_address_pop)
{
	zend_long frame_size = 0, cursor = ZEND_LONG_MAX;
	zend_string *replace = ZSTR_EMPTY_ALLOC(), *path, *buf;
	zval *callback = NULL, args[4];
	php_fileq_seed_ctx_t ctx = {0};
	fq_seed_call_t call = {0};
	unsigned char *frame;
	size_t start, len;
	fq_error_t err;
	bool owned;
	int rc;

	ZEND_PARSE_PARAMETERS_START(0, 4)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(frame_size)
		Z_PARAM_LONG(cursor)
		Z_PARAM_STR(replace)
		Z_PARAM_ZVAL(callback)
	ZEND_PARSE_PARAMETERS_END();

	if (!php_fileq_seed_callback_arg(&callback, 4)) {
		RETURN_THROWS();
	}
	if (cursor < 0) {
		zend_argument_value_error(2, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (cursor != ZEND_LONG_MAX && ZSTR_LEN(replace) > 0 && !php_fileq_seed_size_ok(frame_size)) {
		RETURN_THROWS();  /* a replacement is written padded to frame_size */
	}
	path = php_fileq_seed_path(&owned);
	if (path == NULL) {
		RETURN_THROWS();
	}
	if ((ctx.f = php_fileq_seed_get(path, owned)) == NULL) {
		RETURN_THROWS();
	}
	ZVAL_LONG(&args[1], frame_size);
	ZVAL_LONG(&args[2], cursor);
	ZVAL_STR(&args[3], replace);  /* borrowed: the call does not outlive this frame */
	php_fileq_seed_callback(&ctx, &call, callback, args, 4);
	call.frame_size = frame_size > 0 ? (size_t) frame_size : 0;
	call.cursor = cursor == ZEND_LONG_MAX ? FQ_RAW_APPEND : (int64_t) cursor;
	call.data = ZSTR_VAL(replace);
	call.len = ZSTR_LEN(replace);
	call.alloc = php_fileq_seed_alloc;
	call.ctx = &ctx;
	rc = fq_seed_pop(&ctx.f->s, &call, &frame, &start, &len, &err);
	if (php_fileq_seed_result(rc, &ctx, &err) != SUCCESS || len == 0) {
		buf = ctx.buf;
		if (buf != NULL) {
			zend_string_efree(buf);
		}
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	buf = ctx.buf;
	RETURN_NEW_STR(php_fileq_payload(buf, start, len));
}
/* }}} */

const php_fileq_subsystem_t php_fileq_seed_api_subsystem = {
	"seed functions", php_fileq_seed_api_minit, NULL, NULL, php_fileq_seed_api_rshutdown, NULL
};
