#include "platform.h"
#include "sysfiles.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>

int fq_sys_ttyname(int fd, char **name, fq_error_t *err)
{
	long hint = sysconf(_SC_TTY_NAME_MAX);
	size_t size = hint > 0 ? (size_t) hint : 32;
	char *buf = NULL, *grown;
	int rc;

	*name = NULL;
	for (;;) {
		grown = realloc(buf, size);
		if (grown == NULL) {
			free(buf);
			return fq_error_sys(err, ENOMEM, "ttyname", NULL);
		}
		buf = grown;
		rc = ttyname_r(fd, buf, size);
		if (rc == ERANGE && size < ((size_t) -1) / 2) {
			size *= 2;
			continue;
		}
		if (rc == EINTR) {
			continue;
		}
		break;
	}
	if (rc != 0) {
		free(buf);
		return fq_error_sys(err, rc, "ttyname", NULL);
	}
	*name = buf;
	return FQ_OK;
}

int fq_sys_ctermid(char *out, fq_error_t *err)
{
#if defined(L_ctermid) && L_ctermid > FQ_SYS_CTERMID_MAX
# error "FQ_SYS_CTERMID_MAX is smaller than L_ctermid"
#endif
	errno = 0;
	if (ctermid(out) == NULL || out[0] == '\0') {
		return fq_error_sys(err, errno, "ctermid", NULL);
	}
	return FQ_OK;
}

int fq_sys_mknod(const char *path, unsigned int mode, unsigned int major, unsigned int minor, fq_error_t *err)
{
	dev_t dev = (mode & (S_IFCHR | S_IFBLK)) ? makedev(major, minor) : 0;

	while (mknod(path, (mode_t) mode, dev) != 0) {
		if (errno != EINTR) {
			return fq_error_sys(err, errno, "mknod", path);
		}
	}
	return FQ_OK;
}

int fq_sys_eaccess(const char *path, int mode, fq_error_t *err)
{
	if (eaccess(path, mode) != 0) {
		return fq_error_sys(err, errno, "eaccess", path);
	}
	return FQ_OK;
}

int fq_sys_sysconf(int name, long *value, fq_error_t *err)
{
	errno = 0;
	*value = sysconf(name);
	if (*value == -1 && errno != 0) {
		return fq_error_sys(err, errno, "sysconf", NULL);
	}
	return FQ_OK;
}

int fq_sys_pathconf(const char *path, int name, long *value, fq_error_t *err)
{
	errno = 0;
	*value = pathconf(path, name);
	if (*value == -1 && errno != 0) {
		return fq_error_sys(err, errno, "pathconf", path);
	}
	return FQ_OK;
}

int fq_sys_fpathconf(int fd, int name, long *value, fq_error_t *err)
{
	errno = 0;
	*value = fpathconf(fd, name);
	if (*value == -1 && errno != 0) {
		return fq_error_sys(err, errno, "fpathconf", NULL);
	}
	return FQ_OK;
}
