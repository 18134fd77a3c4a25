#include "platform.h"
#include "accounts.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void fq_account_buf_free(fq_account_buf_t *buf)
{
	free(buf->mem);
	buf->mem = NULL;
	buf->size = 0;
}

/* Makes the buffer at least the size sysconf suggests, or twice what it was after an ERANGE. */
static int fq_account_grow(fq_account_buf_t *buf, int name, fq_error_t *err)
{
	size_t want;
	char *mem;

	if (buf->mem == NULL) {
		long hint = sysconf(name);

		want = hint > 0 ? (size_t) hint : 1024;
	} else {
		if (buf->size > ((size_t) -1) / 2) {
			return fq_error_sys(err, ENOMEM, "user/group lookup", NULL);
		}
		want = buf->size * 2;
	}
	mem = realloc(buf->mem, want);
	if (mem == NULL) {
		return fq_error_sys(err, ENOMEM, "user/group lookup", NULL);
	}
	buf->mem = mem;
	buf->size = want;
	return FQ_OK;
}

/* What one lookup's result says: rc is the _r call's return, found its result pointer. */
static int fq_account_result(int rc, const void *found, const char *what, fq_error_t *err)
{
	if (rc != 0) {
		return fq_error_sys(err, rc, what, NULL);
	}
	if (found == NULL) {
		fq_error_set(err, FQ_ENOENT, "%s: no such entry", what);
		err->sys_errno = 0;
		return FQ_ENOENT;
	}
	return FQ_OK;
}

/*
 * The four lookups share one loop: call, and on ERANGE (or EINTR, which
 * some NSS modules pass on) grow or retry. CALL is the _r call with
 * buf->mem/buf->size; RES the result pointer it sets.
 */
#define FQ_ACCOUNT_LOOKUP(SCNAME, WHAT, CALL, RES) \
	do { \
		int rc_; \
		for (;;) { \
			if (buf->mem == NULL && fq_account_grow(buf, SCNAME, err) != FQ_OK) { \
				return FQ_EIO; \
			} \
			RES = NULL; \
			rc_ = (CALL); \
			if (rc_ == ERANGE) { \
				if (fq_account_grow(buf, SCNAME, err) != FQ_OK) { \
					return FQ_EIO; \
				} \
				continue; \
			} \
			if (rc_ == EINTR) { \
				continue; \
			} \
			return fq_account_result(rc_, RES, WHAT, err); \
		} \
	} while (0)

int fq_account_user_by_name(const char *name, struct passwd *pw, fq_account_buf_t *buf, fq_error_t *err)
{
	struct passwd *res;

	FQ_ACCOUNT_LOOKUP(_SC_GETPW_R_SIZE_MAX, "getpwnam", getpwnam_r(name, pw, buf->mem, buf->size, &res), res);
}

int fq_account_user_by_id(long uid, struct passwd *pw, fq_account_buf_t *buf, fq_error_t *err)
{
	struct passwd *res;

	FQ_ACCOUNT_LOOKUP(_SC_GETPW_R_SIZE_MAX, "getpwuid", getpwuid_r((uid_t) uid, pw, buf->mem, buf->size, &res), res);
}

int fq_account_group_by_name(const char *name, struct group *gr, fq_account_buf_t *buf, fq_error_t *err)
{
	struct group *res;

	FQ_ACCOUNT_LOOKUP(_SC_GETGR_R_SIZE_MAX, "getgrnam", getgrnam_r(name, gr, buf->mem, buf->size, &res), res);
}

int fq_account_group_by_id(long gid, struct group *gr, fq_account_buf_t *buf, fq_error_t *err)
{
	struct group *res;

	FQ_ACCOUNT_LOOKUP(_SC_GETGR_R_SIZE_MAX, "getgrgid", getgrgid_r((gid_t) gid, gr, buf->mem, buf->size, &res), res);
}

int fq_account_groups(gid_t *list, int cap, int *count, fq_error_t *err)
{
	int n = getgroups(cap, list);

	if (n < 0) {
		*count = 0;
		return fq_error_sys(err, errno, "getgroups", NULL);
	}
	*count = n;
	return FQ_OK;
}

int fq_account_initgroups(const char *name, long gid, fq_error_t *err)
{
	if (initgroups(name, (gid_t) gid) != 0) {
		return fq_error_sys(err, errno, "initgroups", name);
	}
	return FQ_OK;
}

int fq_account_login(fq_account_buf_t *buf, fq_error_t *err)
{
	int rc;

	for (;;) {
		if (buf->mem == NULL && fq_account_grow(buf, _SC_LOGIN_NAME_MAX, err) != FQ_OK) {
			return FQ_EIO;
		}
		rc = getlogin_r(buf->mem, buf->size);
		if (rc == ERANGE) {
			if (fq_account_grow(buf, _SC_LOGIN_NAME_MAX, err) != FQ_OK) {
				return FQ_EIO;
			}
			continue;
		}
		if (rc == EINTR) {
			continue;
		}
		if (rc != 0) {
			return fq_error_sys(err, rc, "getlogin", NULL);
		}
		return FQ_OK;
	}
}
