#include "platform.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void fq_error_clear(fq_error_t *err)
{
	err->status = FQ_OK;
	err->sys_errno = 0;
	err->msg[0] = '\0';
}

int fq_error_set(fq_error_t *err, int status, const char *fmt, ...)
{
	va_list ap;

	err->status = status;
	err->sys_errno = 0;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return status;
}

void fq_error_append(fq_error_t *err, const char *fmt, ...)
{
	size_t at = strlen(err->msg);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err->msg + at, sizeof(err->msg) - at, fmt, ap);
	va_end(ap);
}

/* The longest path a message quotes whole; beyond, its first and last bytes around "...". */
#define FQ_ERROR_PATH_MAX 320

int fq_error_sys(fq_error_t *err, int errnum, const char *op, const char *path)
{
	return fq_error_sys_text(err, errnum, op, path, strerror(errnum));
}

int fq_error_sys_text(fq_error_t *err, int errnum, const char *op, const char *path, const char *text)
{
	size_t len = path != NULL ? strlen(path) : 0;

	err->status = FQ_EIO;
	err->sys_errno = errnum;
	if (path == NULL) {
		snprintf(err->msg, sizeof(err->msg), "%s: %s", op, text);
	} else if (len <= FQ_ERROR_PATH_MAX) {
		snprintf(err->msg, sizeof(err->msg), "%s '%s': %s", op, path, text);
	} else {
		snprintf(err->msg, sizeof(err->msg), "%s '%.*s...%s': %s", op, FQ_ERROR_PATH_MAX / 4, path,
			path + len - (FQ_ERROR_PATH_MAX - FQ_ERROR_PATH_MAX / 4 - 3), text);
	}
	return FQ_EIO;
}
