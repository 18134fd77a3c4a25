/*
 * ext/posix's functions and POSIX_*_OK constants, provided by fileq when PHP
 * has no posix (see the README, "posix_* and pcntl_*"), in two files:
 * compat_posix.c (the process, its ids, groups, user and group databases and
 * resource limits; posix_get_last_error(); this descriptor, which
 * src/php/compat.c registers the family from) and compat_posix_files.c
 * (files, terminals, uname, sysconf and pathconf).
 */
#ifndef PHP_FILEQ_COMPAT_POSIX_H
#define PHP_FILEQ_COMPAT_POSIX_H

#include "src/php/compat.h"
#include "php_fileq.h"
#include "src/core/error.h"

extern const php_fileq_compat_family_t php_fileq_compat_posix_family;

/* A failed call's errno, kept for posix_get_last_error(), as both files record it. */
static inline void php_fileq_posix_fail(const fq_error_t *err)
{
	FILEQ_G(posix_errno) = err->sys_errno;
}

#endif /* PHP_FILEQ_COMPAT_POSIX_H */
