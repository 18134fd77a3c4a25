/*
 * fileq core: the user and group databases (getpwnam_r and friends), for the
 * posix_getpw*() / posix_getgr*() / posix_getgroups() / posix_initgroups()
 * stand-ins. A lookup fills the caller's struct and a buffer it grows on
 * ERANGE (no entry is too big), so the result stays valid until the caller
 * frees the buffer with fq_account_buf_free().
 */
#ifndef FQ_CORE_ACCOUNTS_H
#define FQ_CORE_ACCOUNTS_H

#include <grp.h>
#include <pwd.h>
#include <stddef.h>
#include <sys/types.h>

#include "error.h"

typedef struct fq_account_buf {
	char *mem;    /* malloc'ed; NULL before the first lookup */
	size_t size;
} fq_account_buf_t;

void fq_account_buf_free(fq_account_buf_t *buf);

/*
 * One lookup each. FQ_OK with the entry filled; FQ_ENOENT with sys_errno 0
 * when there is no such entry (what the _r calls say); FQ_EIO with the
 * errno the lookup returned otherwise (ENOMEM when the buffer cannot grow).
 */
int fq_account_user_by_name(const char *name, struct passwd *pw, fq_account_buf_t *buf, fq_error_t *err);
int fq_account_user_by_id(long uid, struct passwd *pw, fq_account_buf_t *buf, fq_error_t *err);
int fq_account_group_by_name(const char *name, struct group *gr, fq_account_buf_t *buf, fq_error_t *err);
int fq_account_group_by_id(long gid, struct group *gr, fq_account_buf_t *buf, fq_error_t *err);

/*
 * getgroups(2): cap 0 asks only for the count; else up to cap ids into
 * list. *count is how many there are (or were stored).
 */
int fq_account_groups(gid_t *list, int cap, int *count, fq_error_t *err);

/* initgroups(3). */
int fq_account_initgroups(const char *name, long gid, fq_error_t *err);

/* The login name (getlogin_r into a growing buffer): FQ_EIO with its errno (ENXIO: no controlling terminal). */
int fq_account_login(fq_account_buf_t *buf, fq_error_t *err);

#endif /* FQ_CORE_ACCOUNTS_H */
