#include "platform.h"
#include "fifo.h"
#include "clock.h"
#include "path.h"
#include "signals.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#ifndef O_CLOEXEC
# define O_CLOEXEC 0
#endif

/* How often a writer with a deadline looks for a reader to appear. */
#define FQ_FIFO_OPEN_POLL_NS 10000000

void fq_fifo_init(fq_fifo_t *f)
{
	f->rfd = -1;
	f->wfd = -1;
}

static void fq_fifo_close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);  /* not retried on EINTR: Linux has released the descriptor either way */
		*fd = -1;
	}
}

void fq_fifo_close(fq_fifo_t *f)
{
	fq_fifo_close_fd(&f->rfd);
	fq_fifo_close_fd(&f->wfd);
}

static const char *fq_fifo_kind(mode_t mode)
{
	if (S_ISREG(mode)) {
		return "a regular file";
	}
	if (S_ISDIR(mode)) {
		return "a directory";
	}
	if (S_ISSOCK(mode)) {
		return "a socket";
	}
	if (S_ISCHR(mode) || S_ISBLK(mode)) {
		return "a device";
	}
	if (S_ISLNK(mode)) {
		return "a symbolic link";
	}
	return "not a FIFO";
}

static int fq_fifo_not_fifo(fq_error_t *err, const char *op, const char *path, mode_t mode)
{
	fq_error_set(err, FQ_EIO, "%s '%s': exists and is not a FIFO (it is %s)", op, path, fq_fifo_kind(mode));
	err->sys_errno = EEXIST;
	return FQ_EIO;
}

int fq_fifo_mkfifo(const char *path, unsigned int mode, fq_error_t *err)
{
	if (mkfifo(path, (mode_t) mode) != 0) {
		return fq_error_sys(err, errno, "mkfifo", path);
	}
	return FQ_OK;
}

/* The FIFO at path through path.c's rules; flags as open(2)'s. */
static int fq_fifo_open_safe(const char *path, int flags, int create, unsigned int mode, fq_path_file_t *file,
	fq_error_t *err)
{
	fq_path_spec_t spec;

	spec.kind = FQ_PATH_FIFO;
	spec.flags = flags;
	spec.create = create;
	spec.mode = mode;
	spec.trust = 1;
	spec.interruptible = 1;
	return fq_path_open(path, &spec, file, err);
}

int fq_fifo_create(fq_fifo_t *f, const char *path, unsigned int mode, fq_error_t *err)
{
	fq_path_file_t file;
	int rc;

	if ((rc = fq_path_mode_ok(mode, err)) != FQ_OK) {
		return rc;
	}
	/*
	 * Opened once to make or judge it, and closed: the ends open when used. O_PATH, not the read end:
	 * a reader that comes and goes would let another process's writer in, then fail its write (EPIPE).
	 */
	do {
		rc = fq_fifo_open_safe(path, O_PATH, 1, mode, &file, err);
	} while (rc == FQ_EIO && err->sys_errno == EINTR);
	if (rc != FQ_OK) {
		return rc;
	}
	close(file.fd);
	f->dev = file.dev;
	f->ino = file.ino;
	return FQ_OK;
}

/* An end of the FIFO fq_fifo_create() made or found, by its path: *fd, or an error (EINTR, ENXIO in sys_errno). */
static int fq_fifo_open(fq_fifo_t *f, const char *path, int flags, int *fd, fq_error_t *err)
{
	fq_path_file_t file;
	int rc = fq_fifo_open_safe(path, flags, 0, 0, &file, err);

	if (rc != FQ_OK) {
		return rc;
	}
	if (file.dev != f->dev || file.ino != f->ino) {
		close(file.fd);
		return fq_error_set(err, FQ_ESTATE, "open '%s': it is no longer the FIFO this object made or found there",
			path);
	}
	*fd = file.fd;
	return FQ_OK;
}

static int fq_fifo_timeout(fq_error_t *err, const char *op, const char *path)
{
	return fq_error_set(err, FQ_ETIMEOUT, "%s '%s': timed out", op, path);
}

/* fq_signal_poll() with the path in the messages. */
static int fq_fifo_poll(int fd, short events, int64_t deadline_ns, const char *op, const char *path, short *revents,
	fq_error_t *err)
{
	struct pollfd p;
	int rc;

	p.fd = fd;
	p.events = events;
	p.revents = 0;
	rc = fq_signal_poll(&p, 1, deadline_ns, err);
	if (rc == FQ_ETIMEOUT) {
		return fq_fifo_timeout(err, op, path);
	}
	if (rc == FQ_EIO) {
		return fq_error_sys(err, err->sys_errno, "poll", path);
	}
	if (revents != NULL) {
		*revents = p.revents;
	}
	return rc;
}

int fq_fifo_read(fq_fifo_t *f, const char *path, void *buf, size_t cap, int64_t deadline_ns,
	size_t *got, fq_error_t *err)
{
	ssize_t n;
	short revents;
	int rc;

	*got = 0;
	if (f->rfd < 0) {
		do {
			rc = fq_fifo_open(f, path, O_RDONLY | O_NONBLOCK, &f->rfd, err);
		} while (rc == FQ_EIO && err->sys_errno == EINTR);
		if (rc != FQ_OK) {
			return rc;
		}
	}
	for (;;) {
		n = read(f->rfd, buf, cap);
		if (n > 0) {
			*got = (size_t) n;
			return FQ_OK;
		}
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
			return fq_error_sys(err, errno, "read", path);
		}
		if (n == 0) {
			/*
			 * No writer now. POLLHUP says one came and went since the read end
			 * was opened (end of stream); without it none has come yet: wait.
			 */
			rc = fq_fifo_poll(f->rfd, POLLIN, 0, "read", path, &revents, err);
			if (rc == FQ_OK && (revents & POLLHUP) && !(revents & POLLIN)) {
				fq_fifo_close_fd(&f->rfd);
				return FQ_OK;
			}
			if (rc != FQ_OK && rc != FQ_ETIMEOUT) {
				return rc;
			}
			if (rc == FQ_OK && (revents & POLLIN)) {
				continue;
			}
		}
		rc = fq_fifo_poll(f->rfd, POLLIN, deadline_ns, "read", path, NULL, err);
		if (rc != FQ_OK) {
			return rc;
		}
	}
}

/* Opens the write end: waits for a reader (in open() without a deadline, by polling with one). */
static int fq_fifo_open_writer(fq_fifo_t *f, const char *path, int64_t deadline_ns, fq_error_t *err)
{
	int fd, rc, flags;

	for (;;) {
		rc = fq_fifo_open(f, path, O_WRONLY | O_NONBLOCK, &fd, err);
		if (rc == FQ_OK) {
			break;
		}
		if (rc == FQ_EIO && err->sys_errno == EINTR) {
			continue;
		}
		if (rc != FQ_EIO || err->sys_errno != ENXIO) {
			return rc;
		}
		/* ENXIO: nobody has it open for reading yet. */
		if (deadline_ns < 0) {
			if (fq_signal_interrupts()) {
				err->status = FQ_EINTR;
				return FQ_EINTR;
			}
			rc = fq_fifo_open(f, path, O_WRONLY, &fd, err);
			if (rc == FQ_OK) {
				break;
			}
			if (rc == FQ_EIO && err->sys_errno == EINTR) {
				err->status = FQ_EINTR;
				return FQ_EINTR;
			}
			return rc;
		} else {
			int64_t now = fq_now_ns(), until;

			if (now >= deadline_ns) {
				return fq_error_set(err, FQ_ETIMEOUT, "open '%s': timed out waiting for a reader", path);
			}
			until = now + FQ_FIFO_OPEN_POLL_NS < deadline_ns ? now + FQ_FIFO_OPEN_POLL_NS : deadline_ns;
			rc = fq_signal_poll(NULL, 0, until, err);
			if (rc == FQ_EINTR) {
				return rc;
			}
			if (rc == FQ_EIO) {
				return fq_error_sys(err, err->sys_errno, "poll", path);
			}
		}
	}
	flags = fcntl(fd, F_GETFL);
	if (flags < 0 || (!(flags & O_NONBLOCK) && fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0)) {
		int e = errno;

		close(fd);
		return fq_error_sys(err, e, "fcntl", path);
	}
	f->wfd = fd;
	return FQ_OK;
}

static int fq_fifo_write_blocked(fq_fifo_t *f, const char *path, const char *data, size_t len, int64_t deadline_ns,
	size_t *done, fq_error_t *err)
{
	ssize_t n;
	int rc;

	if (f->wfd < 0 && (rc = fq_fifo_open_writer(f, path, deadline_ns, err)) != FQ_OK) {
		return rc;
	}
	while (*done < len) {
		n = write(f->wfd, data + *done, len - *done);
		if (n > 0) {
			*done += (size_t) n;
			continue;
		}
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			rc = fq_fifo_poll(f->wfd, POLLOUT, deadline_ns, "write", path, NULL, err);
			if (rc != FQ_OK) {
				return rc;
			}
			continue;
		}
		if (n < 0 && errno == EPIPE) {
			fq_fifo_close_fd(&f->wfd);
			fq_error_set(err, FQ_EIO, "write '%s': %s (no process has the FIFO open for reading any more)",
				path, strerror(EPIPE));
			err->sys_errno = EPIPE;
			return FQ_EIO;
		}
		return fq_error_sys(err, n < 0 ? errno : EIO, "write", path);
	}
	return FQ_OK;
}

int fq_fifo_write(fq_fifo_t *f, const char *path, const void *data, size_t len, int64_t deadline_ns,
	size_t *done, fq_error_t *err)
{
	sigset_t pipe_set, old, pending;
	int was_pending, rc, sig;

	if (len == 0) {
		return FQ_OK;  /* nothing to write: no reader to wait for */
	}
	/* SIGPIPE blocked for the write: a reader that left is EPIPE, not the end of this process. */
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe_set, &old);
	sigemptyset(&pending);
	sigpending(&pending);
	was_pending = sigismember(&pending, SIGPIPE) == 1;

	rc = fq_fifo_write_blocked(f, path, (const char *) data, len, deadline_ns, done, err);

	if (!was_pending && !sigismember(&old, SIGPIPE)) {
		sigemptyset(&pending);
		if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1) {
			sigwait(&pipe_set, &sig);  /* raised by our write: consume it */
		}
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (rc != FQ_OK && rc != FQ_EINTR && *done > 0) {
		/* Part of it is in the pipe, for the reader to get: the caller must know how much. */
		fq_error_append(err, " (%zu of %zu bytes written)", *done, len);
	}
	return rc;
}

int fq_fifo_remove(fq_fifo_t *f, const char *path, fq_error_t *err)
{
	struct stat st;

	fq_fifo_close(f);
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT) {
			return FQ_OK;
		}
		return fq_error_sys(err, errno, "lstat", path);
	}
	if (!S_ISFIFO(st.st_mode)) {
		return fq_fifo_not_fifo(err, "unlink", path, st.st_mode);
	}
	if (unlink(path) != 0 && errno != ENOENT) {
		return fq_error_sys(err, errno, "unlink", path);
	}
	return FQ_OK;
}
