/*
 * fileq core: status codes and the error record every fq_* call fills.
 * Plain C99 + POSIX; no Zend headers anywhere under src/core.
 */
#ifndef FQ_CORE_ERROR_H
#define FQ_CORE_ERROR_H

#include <stddef.h>

/* Status values returned by fq_* calls; negative means failure. */
#define FQ_OK        0
#define FQ_EIO      (-1)  /* a system call failed: errno is set in the record */
#define FQ_ECORRUPT (-2)  /* the file is not a queue, or its state is damaged */
#define FQ_ETOOBIG  (-3)  /* a payload does not fit where it has to go */
#define FQ_ETIMEOUT (-4)  /* a deadline passed */
#define FQ_EARG     (-5)  /* an argument is out of range */
#define FQ_ESTATE   (-6)  /* not allowed now (mismatched frame size, wrong format) */
#define FQ_EINTR    (-7)  /* a signal arrived: the caller runs its handlers and retries */
#define FQ_ENOENT   (-8)  /* nothing at that address */
#define FQ_ECALLER  (-9)  /* a hook the caller gave failed; the caller knows why (the record says nothing) */

/*
 * Room for the operation, a path and the errno text. A longer path is
 * shortened in its middle by fq_error_sys() (its start and its file name
 * stay), so the errno text is never cut; other messages are cut at the end.
 */
#define FQ_ERROR_MSG_MAX 512

typedef struct fq_error {
	int status;     /* one of FQ_E* */
	int sys_errno;  /* errno of the failed system call, 0 when none */
	char msg[FQ_ERROR_MSG_MAX];
} fq_error_t;

void fq_error_clear(fq_error_t *err);

/* Records status + message; returns status so callers can `return fq_error_set(...)`. */
int fq_error_set(fq_error_t *err, int status, const char *fmt, ...)
#if defined(__MINGW32__) && !defined(__clang__)
	__attribute__((format(gnu_printf, 3, 4)))  /* error.c formats with mingw's C99 printf (platform.h) */
#elif defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

/* Adds to the message already recorded (status and errno stay): what the caller knows beside the failure. */
void fq_error_append(fq_error_t *err, const char *fmt, ...)
#if defined(__MINGW32__) && !defined(__clang__)
	__attribute__((format(gnu_printf, 2, 3)))
#elif defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Records FQ_EIO for a failed system call: "<op> '<path>': <strerror(errnum)>" (a long path shortened). */
int fq_error_sys(fq_error_t *err, int errnum, const char *op, const char *path);

/* fq_error_sys() with the system's own text for the failure (Windows: its message for GetLastError()). */
int fq_error_sys_text(fq_error_t *err, int errnum, const char *op, const char *path, const char *text);

/*
 * Windows (os_win.c): FQ_EIO for a failed call whose GetLastError() was code,
 * the errno closest to it in the record and Windows' text in the message.
 */
int fq_error_win(fq_error_t *err, unsigned long code, const char *op, const char *path);

#endif /* FQ_CORE_ERROR_H */
