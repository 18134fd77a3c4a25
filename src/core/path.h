/*
 * Opening a path a caller names, safely next to other local users: the one
 * place every path-taking part of fileq (the queue, both formats; the seed
 * functions; Fifo) goes through.
 *
 * - A symbolic link is followed only when its owner is the caller or owns the
 *   directory the link is in: the kernel's fs.protected_symlinks rule, applied
 *   whatever the sysctl says and in every directory. So a link another user
 *   planted in /tmp is refused, a deploy's own "current" link is followed.
 * - A file is created only with O_EXCL (never through a link, never over a
 *   file that appeared meanwhile) and gets exactly the permissions asked:
 *   fchmod() after the create, so the umask does not reduce them.
 * - What is opened is what was asked for: a regular file on a real file
 *   system (not /proc, /sys or another kernel file system), or a FIFO. It is
 *   looked at before the open (a device or FIFO is never opened as a file)
 *   and again on the descriptor (a swap in between is caught).
 * - An existing file must be one the caller can trust: owned by the caller or
 *   by root, or shared with the caller through a group it is in; and never
 *   writable by everyone unless the caller owns it (fq_path_trusted()).
 * - A relative path is resolved once, from the current directory at the open.
 */
#ifndef FQ_CORE_PATH_H
#define FQ_CORE_PATH_H

#include <stdint.h>

#include "error.h"

/* What fq_path_open() must find or make. */
#define FQ_PATH_FILE 0   /* a regular file */
#define FQ_PATH_FIFO 1   /* a named pipe */

typedef struct fq_path_spec {
	int kind;            /* FQ_PATH_FILE or FQ_PATH_FIFO */
	int flags;           /* O_RDWR, O_RDONLY | O_NONBLOCK, ... (O_CLOEXEC and O_NOFOLLOW are added) */
	int create;          /* make it when it is missing */
	unsigned int mode;   /* the permissions a made file gets, exactly */
	int trust;           /* check an existing file's owner and mode (fq_path_trusted()) */
	int interruptible;   /* a signal ends a blocking open (EINTR to the caller) instead of restarting it */
} fq_path_spec_t;

typedef struct fq_path_file {
	int fd;
	uint64_t dev, ino;   /* what was opened: the file's identity from now on */
	int created;         /* 1 when this call made it */
} fq_path_file_t;

/* Opens (or makes) what spec asks for at path. The error names the path and says which rule refused it. */
int fq_path_open(const char *path, const fq_path_spec_t *spec, fq_path_file_t *out, fq_error_t *err);

/*
 * Whether a file owned by uid:gid with permission bits mode may be trusted by
 * this process (its effective uid and groups): FQ_OK, or FQ_ESTATE naming path.
 */
int fq_path_trusted(const char *path, uint32_t uid, uint32_t gid, unsigned int mode, fq_error_t *err);

/* Refuses set-id and sticky bits and anything outside 0777 in permissions a caller asks for: FQ_EARG. */
int fq_path_mode_ok(unsigned int mode, fq_error_t *err);

#endif /* FQ_CORE_PATH_H */
