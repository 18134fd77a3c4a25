#include "platform.h"
#include "path.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "fdio.h"

/* Symbolic links followed in one path at the most, as the kernel's own limit (ELOOP). */
#define FQ_PATH_LINKS_MAX 40

/* A file that changed between the look and the open is looked at again this many times. */
#define FQ_PATH_TRIES 8

#ifndef O_PATH
# define O_PATH 0
#endif

int fq_path_mode_ok(unsigned int mode, fq_error_t *err)
{
	if (mode > 0777) {
		return fq_error_set(err, FQ_EARG,
			"permissions must be between 0 and 0777 (no set-id or sticky bit), 0%o given", mode);
	}
	return FQ_OK;
}

/* Whether gid is the process's effective group or one of its supplementary groups (as many as it has: up to 65536). */
static int fq_path_in_group(uint32_t gid)
{
	gid_t few[64], *groups = few;
	int n, i, in = 0;

	if ((uint32_t) getegid() == gid) {
		return 1;
	}
	n = getgroups((int) (sizeof(few) / sizeof(few[0])), few);
	while (n < 0 && errno == EINVAL) {
		/* More than fit: ask how many, then take them (they may change in between: ask again). */
		if (groups != few) {
			free(groups);
		}
		groups = few;
		n = getgroups(0, NULL);
		if (n <= 0 || (groups = malloc((size_t) n * sizeof(*groups))) == NULL) {
			groups = few;
			n = -1;
			break;
		}
		n = getgroups(n, groups);
	}
	for (i = 0; i < n && !in; i++) {
		in = (uint32_t) groups[i] == gid;
	}
	if (groups != few) {
		free(groups);
	}
	return in;
}

int fq_path_trusted(const char *path, uint32_t uid, uint32_t gid, unsigned int mode, fq_error_t *err)
{
	uint32_t me = (uint32_t) geteuid();

	if (uid != me && (mode & S_IWOTH)) {
		return fq_error_set(err, FQ_ESTATE,
			"'%s' is not trusted: anyone may write it (mode 0%o) and it belongs to uid %u, not to this process (uid %u)",
			path, mode & 07777, (unsigned) uid, (unsigned) me);
	}
	if (uid != me && uid != 0 && !fq_path_in_group(gid)) {
		return fq_error_set(err, FQ_ESTATE,
			"'%s' is not trusted: it belongs to uid %u and group %u, and this process (uid %u) is neither its owner "
			"nor in its group", path, (unsigned) uid, (unsigned) gid, (unsigned) me);
	}
	return FQ_OK;
}

/* File systems whose files are the kernel's, not data: never a queue. */
static int fq_path_kernel_fs(int fd)
{
	static const unsigned long kernel[] = {
		0x9fa0UL,       /* proc */
		0x62656572UL,   /* sysfs */
		0x64626720UL,   /* debugfs */
		0x74726163UL,   /* tracefs */
		0x27e0ebUL,     /* cgroup */
		0x63677270UL,   /* cgroup2 */
		0x1cd1UL,       /* devpts */
		0x73636673UL,   /* securityfs */
		0xcafe4a11UL,   /* bpf */
		0x62656570UL,   /* configfs */
		0x6165676cUL,   /* pstore */
		0xde5e81e4UL,   /* efivarfs */
		0xf97cff8cUL,   /* selinuxfs */
		0x42494e4dUL,   /* binfmt_misc */
		0x65735543UL,   /* fusectl */
	};

	return fq_io_fs_is(fd, kernel, sizeof(kernel) / sizeof(kernel[0]));
}

static int fq_path_kernel_refused(const char *path, fq_error_t *err)
{
	return fq_error_set(err, FQ_ESTATE, "open '%s': a file of a kernel file system (/proc, /sys, ...) is not a queue", path);
}

static const char *fq_path_kind_name(mode_t mode)
{
	if (S_ISREG(mode)) {
		return "a regular file";
	}
	if (S_ISDIR(mode)) {
		return "a directory";
	}
	if (S_ISFIFO(mode)) {
		return "a FIFO";
	}
	if (S_ISSOCK(mode)) {
		return "a socket";
	}
	if (S_ISCHR(mode) || S_ISBLK(mode)) {
		return "a device";
	}
	return "not a file";
}

/* Something else stands where the file or FIFO should be: FQ_EIO with EEXIST, saying what it is. */
static int fq_path_not_kind(const char *path, const fq_path_spec_t *spec, mode_t mode, fq_error_t *err)
{
	fq_error_set(err, FQ_EIO, "%s '%s': exists and is not %s (it is %s)",
		spec->kind == FQ_PATH_FIFO && spec->create ? "mkfifo" : "open", path,
		spec->kind == FQ_PATH_FILE ? "a regular file" : "a FIFO", fq_path_kind_name(mode));
	err->sys_errno = EEXIST;
	return FQ_EIO;
}

static void fq_path_close(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

/*
 * A file made whole before it has its name: unnamed (O_TMPFILE), given the
 * permissions asked, then linked in. Made under its name, it would be seen
 * for a moment with the umask's mode, before the fchmod(), and an opener
 * judging it by its mode then (whether others may write it: the kind of
 * lock) would judge it otherwise than every later one. *fd stays -1 where
 * the file system or a missing /proc cannot do it: the caller makes it
 * under its name.
 */
static int fq_path_make_whole(int dirfd, const char *comp, const char *path, const char *op, const fq_path_spec_t *spec,
                              int *fd, int *exists, fq_error_t *err)
{
	*fd = -1;
	*exists = 0;
#ifdef O_TMPFILE
	{
		char proc[64];
		int tfd;

		do {
			tfd = openat(dirfd, ".", spec->flags | O_TMPFILE | O_CLOEXEC, (mode_t) spec->mode);
		} while (tfd < 0 && errno == EINTR);
		if (tfd < 0) {
			/* Not here (a file system or kernel without O_TMPFILE): made under its name. */
			return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL ? FQ_OK : fq_error_sys(err, errno, op, path);
		}
		if (fchmod(tfd, (mode_t) spec->mode) != 0) {
			int e = errno;

			close(tfd);
			return fq_error_sys(err, e, "chmod", path);
		}
		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", tfd);
		if (linkat(AT_FDCWD, proc, dirfd, comp, AT_SYMLINK_FOLLOW) != 0) {
			int e = errno;

			close(tfd);
			if (e == EEXIST) {
				*exists = 1;
				return FQ_OK;
			}
			return e == ENOENT ? FQ_OK : fq_error_sys(err, e, "link", path);  /* ENOENT: no /proc */
		}
		/*
		 * Opened again by its name: the unnamed descriptor would show as
		 * "(deleted)" in /proc/<pid>/fd and lsof for as long as it is open.
		 */
		{
			struct stat made, named;
			int nfd;

			do {
				nfd = openat(dirfd, comp, spec->flags | O_NOFOLLOW | O_CLOEXEC);
			} while (nfd < 0 && errno == EINTR);
			if (nfd >= 0 && (fstat(tfd, &made) != 0 || fstat(nfd, &named) != 0 || made.st_dev != named.st_dev
					|| made.st_ino != named.st_ino)) {
				close(nfd);
				nfd = -1;
				errno = ENOENT;
			}
			if (nfd < 0) {
				int e = errno;

				close(tfd);
				*exists = e == ENOENT || e == ELOOP;  /* replaced or removed already: look again */
				return *exists ? FQ_OK : fq_error_sys(err, e, "open", path);
			}
			close(tfd);
			*fd = nfd;
		}
	}
#else
	(void) dirfd;
	(void) comp;
	(void) path;
	(void) op;
	(void) spec;
	(void) err;
#endif
	return FQ_OK;
}

/* One walk of path: follows what may be followed, opens or makes the last part. *again: it changed meanwhile, try again. */
static int fq_path_try(const char *path, const fq_path_spec_t *spec, fq_path_file_t *out, int *again,
                       fq_error_t *err)
{
	char *rest = NULL, *comp, *next;
	size_t cap = strlen(path) + 1;
	int dirfd, fd = -1, links = 0, via_link = 0, rc = FQ_OK;
	uid_t me = geteuid();
	const char *op = spec->kind == FQ_PATH_FIFO && spec->create ? "mkfifo" : "open";

	*again = 0;
	rest = malloc(cap);
	if (rest == NULL) {
		return fq_error_sys(err, ENOMEM, op, path);
	}
	memcpy(rest, path, cap);
	do {
		dirfd = open(path[0] == '/' ? "/" : ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	} while (dirfd < 0 && errno == EINTR);
	if (dirfd < 0) {
		rc = fq_error_sys(err, errno, op, path);
		goto out;
	}
	comp = rest;
	for (;;) {
		struct stat st;
		int last, nfd;

		while (*comp == '/') {
			comp++;
		}
		if (*comp == '\0') {
			rc = fq_error_sys(err, EISDIR, op, path);
			goto out;
		}
		next = strchr(comp, '/');
		if (next != NULL) {
			*next++ = '\0';
			while (*next == '/') {
				next++;
			}
		}
		last = next == NULL || *next == '\0';
		if (fstatat(dirfd, comp, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			if (errno == ENOENT && last && spec->create && via_link) {
				/* The path's last part is a link to nothing: O_EXCL's rule, never created through it. */
				rc = fq_error_sys(err, ENOENT, op, path);
				fq_error_append(err, " (a symbolic link to a file that does not exist: not created through it)");
				goto out;
			}
			if (errno == ENOENT && last && spec->create) {
				break;  /* to be made: below */
			}
			rc = fq_error_sys(err, errno, op, path);
			goto out;
		}
		if (S_ISLNK(st.st_mode)) {
			struct stat dir;
			char *target, *joined;
			ssize_t n;
			size_t tsize, tlen, nlen;

			if (++links > FQ_PATH_LINKS_MAX) {
				rc = fq_error_sys(err, ELOOP, op, path);
				goto out;
			}
			if (fstat(dirfd, &dir) != 0) {
				rc = fq_error_sys(err, errno, op, path);
				goto out;
			}
			if (st.st_uid != me && st.st_uid != dir.st_uid) {
				rc = fq_error_set(err, FQ_ESTATE,
					"open '%s': the symbolic link '%s' in it belongs to uid %u, neither this process (uid %u) nor the "
					"owner of its directory (uid %u): not followed", path, comp, (unsigned) st.st_uid,
					(unsigned) me, (unsigned) dir.st_uid);
				goto out;
			}
			/* a link's size is its target's length, but 0 for the kernel's own (/proc/self) */
			tsize = st.st_size > 0 ? (size_t) st.st_size : PATH_MAX;
			target = malloc(tsize + 2);
			if (target == NULL) {
				rc = fq_error_sys(err, ENOMEM, op, path);
				goto out;
			}
			n = readlinkat(dirfd, comp, target, tsize + 1);
			if (n < 0 || (size_t) n > tsize || n == 0) {
				free(target);
				*again = n >= 0;  /* it changed since the look */
				rc = n < 0 ? fq_error_sys(err, errno, op, path) : FQ_OK;
				goto out;
			}
			target[n] = '\0';
			/* What is left to walk: the target, then the rest after the link. */
			tlen = (size_t) n;
			nlen = next != NULL ? strlen(next) : 0;
			joined = malloc(tlen + nlen + 2);
			if (joined == NULL) {
				free(target);
				rc = fq_error_sys(err, ENOMEM, op, path);
				goto out;
			}
			memcpy(joined, target, tlen);
			joined[tlen] = '/';
			if (nlen > 0) {
				memcpy(joined + tlen + 1, next, nlen);
			}
			joined[tlen + 1 + nlen] = '\0';
			if (nlen == 0) {
				joined[tlen] = '\0';  /* the link was the last part: its target is */
				via_link = 1;
			}
			if (target[0] == '/') {
				close(dirfd);
				do {
					dirfd = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
				} while (dirfd < 0 && errno == EINTR);
				if (dirfd < 0) {
					free(target);
					free(joined);
					rc = fq_error_sys(err, errno, op, path);
					goto out;
				}
			}
			free(target);
			free(rest);
			rest = comp = joined;
			continue;
		}
		if (!last) {
			do {
				nfd = openat(dirfd, comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			} while (nfd < 0 && errno == EINTR);
			if (nfd < 0) {
				*again = errno == ELOOP;  /* became a link since the look */
				rc = *again ? FQ_OK : fq_error_sys(err, errno, op, path);
				goto out;
			}
			close(dirfd);
			dirfd = nfd;
			comp = next;
			continue;
		}
		/* The last part, there. It must be what was asked for, before it is opened. */
		if (spec->kind == FQ_PATH_FILE && S_ISDIR(st.st_mode)) {
			rc = fq_error_sys(err, EISDIR, op, path);
			goto out;
		}
		if (spec->kind == FQ_PATH_FILE ? !S_ISREG(st.st_mode) : !S_ISFIFO(st.st_mode)) {
			rc = fq_path_not_kind(path, spec, st.st_mode, err);
			goto out;
		}
		if (spec->kind == FQ_PATH_FILE && fq_path_kernel_fs(dirfd)) {
			rc = fq_path_kernel_refused(path, err);  /* not even opened: opening some of them does things */
			goto out;
		}
		if (spec->trust && (rc = fq_path_trusted(path, (uint32_t) st.st_uid, (uint32_t) st.st_gid,
				(unsigned int) st.st_mode & 07777, err)) != FQ_OK) {
			goto out;
		}
		do {
			fd = openat(dirfd, comp, spec->flags | O_NOFOLLOW | O_CLOEXEC);
		} while (fd < 0 && errno == EINTR && !spec->interruptible);
		if (fd < 0) {
			*again = errno == ELOOP || errno == ENOENT;  /* replaced or removed since the look */
			rc = *again ? FQ_OK : fq_error_sys(err, errno, op, path);
			goto out;
		}
		out->created = 0;
		goto opened;
	}

	/* Made here: O_EXCL, never through a link; then exactly the permissions asked. */
	if (spec->kind == FQ_PATH_FILE) {
		rc = fq_path_make_whole(dirfd, comp, path, op, spec, &fd, again, err);
		if (rc != FQ_OK || *again) {
			goto out;  /* again: made by someone else meanwhile, looked at as an existing file */
		}
		if (fd < 0) {
			do {
				fd = openat(dirfd, comp, spec->flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, (mode_t) spec->mode);
			} while (fd < 0 && errno == EINTR);
			if (fd < 0) {
				*again = errno == EEXIST;
				rc = *again ? FQ_OK : fq_error_sys(err, errno, op, path);
				goto out;
			}
			if (fchmod(fd, (mode_t) spec->mode) != 0) {
				rc = fq_error_sys(err, errno, "chmod", path);
				goto out;
			}
		}
	} else {
		struct stat made;
		char proc[64];
		int pfd;

		if (mkfifoat(dirfd, comp, (mode_t) spec->mode) != 0) {
			*again = errno == EEXIST;
			rc = *again ? FQ_OK : fq_error_sys(err, errno, "mkfifo", path);
			goto out;
		}
		/* A FIFO cannot be fchmod()ed without opening it (which may block): through its O_PATH descriptor. */
		do {
			pfd = openat(dirfd, comp, O_PATH | O_NOFOLLOW | O_CLOEXEC);
		} while (pfd < 0 && errno == EINTR);
		if (pfd < 0) {
			rc = fq_error_sys(err, errno, op, path);
			goto out;
		}
		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", pfd);
		if (fstat(pfd, &made) != 0 || !S_ISFIFO(made.st_mode) || made.st_uid != me) {
			close(pfd);
			*again = 1;  /* not the FIFO just made: look again */
			goto out;
		}
		if (chmod(proc, (mode_t) spec->mode) != 0) {
			int e = errno;

			close(pfd);
			rc = fq_error_sys(err, e, "chmod", path);
			goto out;
		}
		close(pfd);
		do {
			fd = openat(dirfd, comp, spec->flags | O_NOFOLLOW | O_CLOEXEC);
		} while (fd < 0 && errno == EINTR && !spec->interruptible);
		if (fd < 0) {
			rc = fq_error_sys(err, errno, op, path);
			goto out;
		}
	}
	out->created = 1;

opened:
	{
		struct stat st;

		if (fstat(fd, &st) != 0) {
			rc = fq_error_sys(err, errno, "fstat", path);
			goto out;
		}
		if (spec->kind == FQ_PATH_FILE ? !S_ISREG(st.st_mode) : !S_ISFIFO(st.st_mode)) {
			*again = 1;  /* swapped between the look and the open */
			goto out;
		}
		if (spec->kind == FQ_PATH_FILE && fq_path_kernel_fs(fd)) {
			rc = fq_path_kernel_refused(path, err);
			goto out;
		}
		out->fd = fd;
		out->dev = (uint64_t) st.st_dev;
		out->ino = (uint64_t) st.st_ino;
		fd = -1;
	}

out:
	fq_path_close(&fd);
	if (dirfd >= 0) {
		close(dirfd);
	}
	free(rest);
	return rc;
}

int fq_path_open(const char *path, const fq_path_spec_t *spec, fq_path_file_t *out, fq_error_t *err)
{
	int tries, again, rc;

	out->fd = -1;
	out->created = 0;
	if (path[0] == '\0') {
		return fq_error_sys(err, ENOENT, "open", path);
	}
	for (tries = 0; tries < FQ_PATH_TRIES; tries++) {
		rc = fq_path_try(path, spec, out, &again, err);
		if (rc != FQ_OK || !again) {
			return rc;
		}
	}
	return fq_error_set(err, FQ_ESTATE, "open '%s': it keeps changing while it is opened", path);
}
