/*
 * fileq core: named pipes (mkfifo).
 *
 * Each end is opened lazily, the first time it is used, and kept open:
 * the read end with O_NONBLOCK (so opening never waits for a writer) and the
 * write end with O_NONBLOCK once open. Every wait is a poll() through
 * fq_signal_poll(), so a deadline is kept and a caught signal interrupts it.
 * A write of at most PIPE_BUF bytes (4096 on Linux) is atomic: readers never
 * see it interleaved with another writer's data; longer writes may be.
 * SIGPIPE is blocked during a write (and a SIGPIPE the write raised is
 * consumed), so a vanished reader is an EPIPE error, never a dead process.
 */
#ifndef FQ_CORE_FIFO_H
#define FQ_CORE_FIFO_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct fq_fifo {
	int rfd;  /* read end, -1 until the first read */
	int wfd;  /* write end, -1 until the first write */
	uint64_t dev, ino;  /* the FIFO made or found by fq_fifo_create(): every later open must find it */
} fq_fifo_t;

void fq_fifo_init(fq_fifo_t *f);

/*
 * Makes the FIFO at path with exactly the permissions mode (not reduced by the
 * umask), or finds the one there, through path.c's rules: no link another user
 * planted is followed, a FIFO that belongs to someone this process cannot
 * trust is refused, anything but a FIFO is refused. Later opens of either end
 * must find this same FIFO (device and inode).
 */
int fq_fifo_create(fq_fifo_t *f, const char *path, unsigned int mode, fq_error_t *err);

/* mkfifo(2) alone, as posix_mkfifo() makes it: a path that exists is FQ_EIO with sys_errno EEXIST. */
int fq_fifo_mkfifo(const char *path, unsigned int mode, fq_error_t *err);

/*
 * Reads at most cap bytes, waiting (deadline_ns: CLOCK_MONOTONIC ns, -1 for
 * ever) until at least one is there. *got = 0 is end of stream: every writer
 * closed the FIFO after one had opened it; the read end is then closed, so
 * the next read waits for a new writer. FQ_ETIMEOUT, FQ_EINTR (run handlers,
 * call again), FQ_EIO.
 */
int fq_fifo_read(fq_fifo_t *f, const char *path, void *buf, size_t cap, int64_t deadline_ns,
	size_t *got, fq_error_t *err);

/*
 * Writes data[*done, len) and advances *done (so a call interrupted by
 * FQ_EINTR or FQ_ETIMEOUT is resumed with the same *done). When no process
 * has the FIFO open for reading, waits for one: in open(2) when there is no
 * deadline, polling every 10 ms when there is one. EPIPE (the reader left
 * mid-way) is FQ_EIO and closes the write end.
 */
int fq_fifo_write(fq_fifo_t *f, const char *path, const void *data, size_t len, int64_t deadline_ns,
	size_t *done, fq_error_t *err);

/* Closes both ends (a reader sees end of stream once every writer closed). */
void fq_fifo_close(fq_fifo_t *f);

/* Closes both ends and unlinks path; a path already gone is not an error, one that is not a FIFO is. */
int fq_fifo_remove(fq_fifo_t *f, const char *path, fq_error_t *err);

#endif /* FQ_CORE_FIFO_H */
