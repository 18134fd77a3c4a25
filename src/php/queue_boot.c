/*
 * FileQ\Queue's shared state: boot(), updateBoot() (the boot frame, a
 * serialized array, read and rewritten under the queue's lock) and the
 * registry kept in it (register(), members()), whose members are named by
 * the core (src/core/registry.c) so that a reused pid is not a member.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "src/core/registry.h"
#include "src/php/exceptions.h"
#include "src/php/queue.h"
#include "src/php/util.h"

/* Reads the boot frame into out (an array; [] when it was never written). Call under the lock. */
static zend_result php_fileq_boot_load(php_fileq_queue_t *self, zval *out)
{
	size_t cap, len;
	unsigned char *buf;
	fq_error_t err;
	php_fileq_classes_t none;
	zend_string *refused;
	zend_result ok;

	if (fq_queue_boot_size(&self->q, &cap, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	buf = emalloc(cap + 1);
	if (fq_queue_boot_read(&self->q, buf, cap, &len, &err) != FQ_OK) {
		efree(buf);
		php_fileq_throw(&err);
		return FAILURE;
	}
	if (len == 0) {
		efree(buf);
		array_init(out);
		return SUCCESS;
	}
	/* plain data only: another user who may write the file must not make us run or autoload a class */
	php_fileq_classes_init(&none, NULL, 0);
	ok = php_fileq_unserialize_ex((const char *) buf, len, 0, &none, out, &refused);
	php_fileq_classes_destroy(&none);
	efree(buf);
	if (ok != SUCCESS || Z_TYPE_P(out) != IS_ARRAY) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		if (refused != NULL) {
			zend_throw_exception_ex(php_fileq_corrupt_exception_ce, 0,
				"boot frame of '%s' names enum %s: it holds plain data only", ZSTR_VAL(self->path), ZSTR_VAL(refused));
			zend_string_release(refused);
		} else if (!EG(exception)) {
			zend_throw_exception_ex(php_fileq_corrupt_exception_ce, 0,
				"boot frame of '%s' does not hold a serialized array", ZSTR_VAL(self->path));
		}
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result php_fileq_boot_store(php_fileq_queue_t *self, zval *boot)
{
	zend_string *data = php_fileq_serialize(boot);
	zend_string *class_name;
	fq_error_t err;
	int rc;

	if (data == NULL) {
		return FAILURE;
	}
	/* it would come back as __PHP_Incomplete_Class, or not at all (an enum): say so now */
	class_name = php_fileq_serialized_class(ZSTR_VAL(data), ZSTR_LEN(data));
	if (class_name != NULL) {
		zend_value_error("The boot frame of '%s' holds plain data (arrays, strings, numbers, booleans, null), not an object or enum of class %s",
			ZSTR_VAL(self->path), ZSTR_VAL(class_name));
		zend_string_release(class_name);
		zend_string_release(data);
		return FAILURE;
	}
	rc = fq_queue_boot_write(&self->q, ZSTR_VAL(data), ZSTR_LEN(data), &err);
	zend_string_release(data);
	if (rc != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	return SUCCESS;
}

/* Runs edit(boot, ctx) on the boot state under the lock and stores the result. */
typedef zend_result (*php_fileq_boot_edit_t)(zval *boot, void *ctx);

static zend_result php_fileq_boot_update(php_fileq_queue_t *self, php_fileq_boot_edit_t edit, void *ctx, zval *result)
{
	fq_error_t err, scratch;
	zval boot;
	zend_result ok;

	if (fq_queue_lock(&self->q, &err) != FQ_OK) {
		php_fileq_throw(&err);
		return FAILURE;
	}
	ok = php_fileq_boot_load(self, &boot);
	if (ok == SUCCESS) {
		ok = edit(&boot, ctx);
		if (ok == SUCCESS) {
			ok = php_fileq_boot_store(self, &boot);
		}
		if (ok == SUCCESS && result != NULL) {
			ZVAL_COPY(result, &boot);
		}
		zval_ptr_dtor(&boot);
	}
	if (fq_queue_unlock(&self->q, ok == SUCCESS ? &err : &scratch) != FQ_OK && ok == SUCCESS) {
		php_fileq_throw(&err);
		if (result != NULL) {
			zval_ptr_dtor(result);
			ZVAL_UNDEF(result);
		}
		return FAILURE;
	}
	return ok;
}

PHP_METHOD(FileQ_Queue, boot)
{
	fq_error_t err;
	ZEND_PARSE_PARAMETERS_NONE();

	PHP_FILEQ_QUEUE_THIS();
	if (fq_queue_lock(&self->q, &err) != FQ_OK) {
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
	if (php_fileq_boot_load(self, return_value) != SUCCESS) {
		fq_queue_unlock(&self->q, &err);
		RETURN_THROWS();
	}
	if (fq_queue_unlock(&self->q, &err) != FQ_OK) {
		zval_ptr_dtor(return_value);
		php_fileq_throw(&err);
		RETURN_THROWS();
	}
}

typedef struct {
	zend_fcall_info *fci;
	zend_fcall_info_cache *fcc;
} php_fileq_boot_call_t;

/* updateBoot(): $fn(array &$boot) may edit in place, or return the new array. */
static zend_result php_fileq_boot_call(zval *boot, void *ctx)
{
	php_fileq_boot_call_t *call = ctx;
	zval arg, rv;

	ZVAL_NEW_REF(&arg, boot);
	ZVAL_UNDEF(&rv);
	call->fci->retval = &rv;
	call->fci->params = &arg;
	call->fci->param_count = 1;
	zend_call_function(call->fci, call->fcc);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		ZVAL_COPY_VALUE(boot, Z_REFVAL(arg));
		ZVAL_NULL(Z_REFVAL(arg));
		zval_ptr_dtor(&arg);
		return FAILURE;
	}
	if (Z_ISREF(rv)) {
		zend_unwrap_reference(&rv);  /* a closure that returns by reference (function &(array &$b) { ...; return $b; }) */
	}
	if (Z_TYPE(rv) == IS_ARRAY) {
		zval_ptr_dtor(Z_REFVAL(arg));
		ZVAL_NULL(Z_REFVAL(arg));
		ZVAL_COPY_VALUE(boot, &rv);
	} else if (Z_TYPE(rv) == IS_NULL || Z_TYPE(rv) == IS_UNDEF) {
		if (Z_TYPE_P(Z_REFVAL(arg)) != IS_ARRAY) {
			zend_type_error("FileQ\\Queue::updateBoot(): the boot state must stay an array, %s given",
				zend_zval_type_name(Z_REFVAL(arg)));
			ZVAL_EMPTY_ARRAY(boot);
			zval_ptr_dtor(&arg);
			return FAILURE;
		}
		ZVAL_COPY_VALUE(boot, Z_REFVAL(arg));
		ZVAL_NULL(Z_REFVAL(arg));
	} else {
		zend_type_error("FileQ\\Queue::updateBoot(): Argument #1 ($fn) must return an array or null, %s returned",
			zend_zval_type_name(&rv));
		zval_ptr_dtor(&rv);
		ZVAL_COPY_VALUE(boot, Z_REFVAL(arg));
		ZVAL_NULL(Z_REFVAL(arg));
		zval_ptr_dtor(&arg);
		return FAILURE;
	}
	zval_ptr_dtor(&arg);
	return SUCCESS;
}

PHP_METHOD(FileQ_Queue, updateBoot)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	php_fileq_boot_call_t call;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	call.fci = &fci;
	call.fcc = &fcc;
	if (php_fileq_boot_update(self, php_fileq_boot_call, &call, return_value) != SUCCESS) {
		RETURN_THROWS();
	}
}

/* boot[$role] as a separated array, created when missing. */
static zval *php_fileq_boot_role(zval *boot, zend_string *role)
{
	zval *members, empty;

	SEPARATE_ARRAY(boot);
	members = zend_symtable_find(Z_ARRVAL_P(boot), role);
	if (members == NULL || Z_TYPE_P(members) != IS_ARRAY) {
		array_init(&empty);
		members = zend_symtable_update(Z_ARRVAL_P(boot), role, &empty);
	}
	SEPARATE_ARRAY(members);
	return members;
}

/* The member an entry of boot[$role] names: its key, or its process_id and start_time when recorded. */
static void php_fileq_boot_member(zend_ulong pid, zend_string *key, zval *entry, fq_member_t *m)
{
	m->pid = key == NULL ? (long) pid : 0;
	m->start_time = 0;
	m->last_update = 0;
	if (Z_TYPE_P(entry) == IS_ARRAY) {
		zval *id = zend_hash_str_find(Z_ARRVAL_P(entry), ZEND_STRL("process_id"));
		zval *start = zend_hash_str_find(Z_ARRVAL_P(entry), ZEND_STRL("start_time"));

		if (id != NULL && Z_TYPE_P(id) == IS_LONG) {
			m->pid = (long) Z_LVAL_P(id);
		}
		if (start != NULL && Z_TYPE_P(start) == IS_LONG) {
			m->start_time = (uint64_t) Z_LVAL_P(start);
		}
	}
}

/* Drops members whose process is gone (or whose pid now names another process): all of them. */
static zend_result php_fileq_boot_prune(zval *boot, void *ctx)
{
	zval *members, *entry;
	zend_ulong pid;
	zend_string *key;
	fq_member_t m;

	members = zend_symtable_find(Z_ARRVAL_P(boot), (zend_string *) ctx);
	if (members == NULL || Z_TYPE_P(members) != IS_ARRAY) {
		return SUCCESS;  /* members() of a role no one registered in leaves the state as it was */
	}
	members = php_fileq_boot_role(boot, (zend_string *) ctx);

	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(members), pid, key, entry) {
		php_fileq_boot_member(pid, key, entry, &m);
		if (!fq_member_alive(&m)) {
			if (key != NULL) {
				zend_hash_del(Z_ARRVAL_P(members), key);
			} else {
				zend_hash_index_del(Z_ARRVAL_P(members), pid);
			}
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/*
 * register() and unregister() look at PHP_FILEQ_PRUNE_SAMPLE members picked at
 * random and drop the dead among them, rather than at all of them: a look is a
 * read of /proc, and a pool of 10,000 workers would pay 10,000 of them per
 * register(). When one in PHP_FILEQ_PRUNE_SAMPLE of the members is dead, each
 * call drops one on average, as fast as a pool's churn adds them: the dead
 * stay a small share of the state. members() still looks at every one.
 */
#define PHP_FILEQ_PRUNE_SAMPLE 16

static uint32_t php_fileq_boot_random(void)
{
	/* xorshift32, seeded per process: which members are looked at needs no quality, only spread */
	ZEND_TLS uint32_t state;
	ZEND_TLS long seeded_pid;

	if (state == 0 || seeded_pid != (long) getpid()) {
		seeded_pid = (long) getpid();
		state = (uint32_t) seeded_pid * 2654435761u ^ (uint32_t) time(NULL) ^ 0x9e3779b9u;
		if (state == 0) {
			state = 1;
		}
	}
	state ^= state << 13;
	state ^= state >> 17;
	state ^= state << 5;
	return state;
}

static void php_fileq_boot_prune_some(zval *members)
{
	HashTable *ht = Z_ARRVAL_P(members);
	int i;

	for (i = 0; i < PHP_FILEQ_PRUNE_SAMPLE && zend_hash_num_elements(ht) > 0; i++) {
		HashPosition pos = php_fileq_boot_random() % ht->nNumUsed;
		zend_string *key;
		zend_ulong pid;
		zval *entry = zend_hash_get_current_data_ex(ht, &pos);
		fq_member_t m;

		if (entry == NULL) {
			continue;  /* past the last member: nothing there to look at */
		}
		if (zend_hash_get_current_key_ex(ht, &key, &pid, &pos) != HASH_KEY_IS_STRING) {
			key = NULL;  /* only the key's own kind is written */
		}
		php_fileq_boot_member(pid, key, entry, &m);
		if (!fq_member_alive(&m)) {
			if (key != NULL) {
				zend_hash_del(ht, key);
			} else {
				zend_hash_index_del(ht, pid);
			}
		}
	}
}

static zend_result php_fileq_boot_register(zval *boot, void *ctx)
{
	zval *members, entry;
	fq_member_t self;

	/* A pool's short-lived workers come and go: the dead are dropped as newcomers arrive. */
	members = php_fileq_boot_role(boot, (zend_string *) ctx);
	php_fileq_boot_prune_some(members);
	fq_member_self(&self);
	array_init(&entry);
	add_assoc_long(&entry, "process_id", (zend_long) self.pid);
	add_assoc_double(&entry, "last_update", self.last_update);
	add_assoc_long(&entry, "start_time", (zend_long) self.start_time);
	zend_hash_index_update(Z_ARRVAL_P(members), (zend_ulong) self.pid, &entry);
	return SUCCESS;
}

/* unregister(): this process's entry goes (and some of the dead); a role left empty goes too. */
static zend_result php_fileq_boot_unregister(zval *boot, void *ctx)
{
	zval *members;
	fq_member_t self;

	members = php_fileq_boot_role(boot, (zend_string *) ctx);
	php_fileq_boot_prune_some(members);
	fq_member_self(&self);
	zend_hash_index_del(Z_ARRVAL_P(members), (zend_ulong) self.pid);
	if (zend_hash_num_elements(Z_ARRVAL_P(members)) == 0) {
		zend_symtable_del(Z_ARRVAL_P(boot), (zend_string *) ctx);
	}
	return SUCCESS;
}

/* The role argument of register() and members(): "handlers" when omitted; NULL (ValueError thrown) when empty. */
static zend_string *php_fileq_role(zend_string *role)
{
	if (role == NULL) {
		return ZSTR_INIT_LITERAL("handlers", 0);
	}
	if (ZSTR_LEN(role) == 0) {
		zend_argument_value_error(1, "must not be empty");
		return NULL;
	}
	return zend_string_copy(role);
}

/* register() / unregister(): the role argument, then one read-modify-write of the boot state. */
static void php_fileq_boot_role_update(INTERNAL_FUNCTION_PARAMETERS, zend_result (*change)(zval *boot, void *ctx))
{
	zend_string *role = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(role)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if ((role = php_fileq_role(role)) == NULL) {
		RETURN_THROWS();
	}
	php_fileq_boot_update(self, change, role, NULL);
	zend_string_release(role);
}

PHP_METHOD(FileQ_Queue, register)
{
	php_fileq_boot_role_update(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_fileq_boot_register);
}

PHP_METHOD(FileQ_Queue, unregister)
{
	php_fileq_boot_role_update(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_fileq_boot_unregister);
}

PHP_METHOD(FileQ_Queue, members)
{
	zend_string *role = NULL;
	zval boot, *members;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(role)
	ZEND_PARSE_PARAMETERS_END();

	PHP_FILEQ_QUEUE_THIS();
	if ((role = php_fileq_role(role)) == NULL) {
		RETURN_THROWS();
	}
	ZVAL_UNDEF(&boot);
	if (php_fileq_boot_update(self, php_fileq_boot_prune, role, &boot) == SUCCESS) {
		members = zend_symtable_find(Z_ARRVAL(boot), role);
		if (members != NULL && Z_TYPE_P(members) == IS_ARRAY) {
			RETVAL_COPY(members);
		} else {
			RETVAL_EMPTY_ARRAY();
		}
		zval_ptr_dtor(&boot);
	}
	zend_string_release(role);
}
