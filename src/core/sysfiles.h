/*
 * fileq core: the file and terminal calls of the posix_* stand-ins that are
 * no IPC (ttyname, ctermid, mknod, eaccess, sysconf, pathconf). One system
 * call each; failures fill err with sys_errno set (FQ_EIO).
 */
#ifndef FQ_CORE_SYSFILES_H
#define FQ_CORE_SYSFILES_H

#include <stddef.h>

#include "error.h"

/* ttyname_r(3) into *name (malloc'ed, grown on ERANGE; the caller frees it). */
int fq_sys_ttyname(int fd, char **name, fq_error_t *err);

/* ctermid(3) into out (at least FQ_SYS_CTERMID_MAX bytes). */
#define FQ_SYS_CTERMID_MAX 64
int fq_sys_ctermid(char *out, fq_error_t *err);

/* mknod(2) with a device made of major and minor. */
int fq_sys_mknod(const char *path, unsigned int mode, unsigned int major, unsigned int minor, fq_error_t *err);

/* eaccess(3): access(2) by the effective ids. */
int fq_sys_eaccess(const char *path, int mode, fq_error_t *err);

/*
 * sysconf(3), pathconf(3), fpathconf(3): *value is the call's result; -1
 * with errno unchanged (no limit) is FQ_OK, -1 with errno set FQ_EIO.
 */
int fq_sys_sysconf(int name, long *value, fq_error_t *err);
int fq_sys_pathconf(const char *path, int name, long *value, fq_error_t *err);
int fq_sys_fpathconf(int fd, int name, long *value, fq_error_t *err);

#endif /* FQ_CORE_SYSFILES_H */
