/*
 * Inside the queue: what a file format provides to queue.c (Square's Tape keeps
 * its format difference in a few methods; so does fileq). queue.c owns the
 * handle's life (open, fork, reopen when the file was replaced), the lock's
 * nesting and the order of things; a format owns its bytes: how the file is
 * set up, how its lock is taken and what must be checked under it, and each
 * operation, which runs with the lock held.
 *
 * framed.c: the default format (header, commit slots, mapping, growth, futex
 * wait). raw.c: the seed's layout (flock, the change watch, inotify wait).
 * Not part of the core's public interface: the binding uses queue.h.
 */
#ifndef FQ_CORE_FORMAT_H
#define FQ_CORE_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "queue.h"

/* lock(): the file is not (or no more) the one the path names; nothing is held: reopen and lock again. */
#define FQ_EREOPEN (-100)

/* What one wait() keeps between its looks (each format uses its own fields). */
typedef struct fq_wait {
	uint32_t seen;      /* framed: the wake word when last looked */
	int registered;     /* framed: counted among the waiters */
	int signals;        /* framed: fq_os_signals when it registered: a signal since then ends the sleep */
	int64_t due_ns;     /* framed: the next delayed frame's due time (wall clock), 0 when none */
	int ifd;            /* RAW: inotify descriptor watching the file, -1 */
	int no_inotify;     /* RAW: inotify used up: sleep a little and look again */
} fq_wait_t;

typedef struct fq_format {
	size_t (*max_payload)(const fq_queue_t *q);
	size_t boot_capacity;

	/* The descriptor is open and is a regular file: set the file up (header, mapping). */
	int (*open)(fq_queue_t *q, fq_error_t *err);
	/* Releases what open() set up (not the descriptor). */
	void (*close)(fq_queue_t *q);

	/*
	 * Takes the lock and makes sure the file is still the queue's, with what
	 * the lock protects read in. FQ_OK: locked (and *size, when not NULL, the
	 * file's size); FQ_EREOPEN: reopen and call again; else an error. Either
	 * of the last two holds nothing.
	 */
	int (*lock)(fq_queue_t *q, uint64_t *size, fq_error_t *err);
	int (*unlock)(fq_queue_t *q, fq_error_t *err);

	/* The operations, under the lock. */
	int (*push)(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err);
	int (*take)(fq_queue_t *q, int newest, unsigned char *buf, size_t *start, size_t *len, int *found,
	            fq_error_t *err);
	int (*read)(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len, fq_error_t *err);
	int (*write)(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err);
	int (*count)(fq_queue_t *q, uint64_t *count, fq_error_t *err);
	int (*clear)(fq_queue_t *q, fq_error_t *err);
	size_t (*boot_size)(fq_queue_t *q);  /* bytes of boot state now (what boot_read() copies) */
	int (*boot_read)(fq_queue_t *q, unsigned char *buf, size_t *len, fq_error_t *err);
	int (*boot_write)(fq_queue_t *q, const void *data, size_t len, fq_error_t *err);
	int (*stat)(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err);

	/*
	 * wait(), under the lock: whether a pop would find something, and if not,
	 * what must be set up before the lock goes so that a push after it wakes
	 * the sleep. Then, without the lock, sleep() for at most slice_ns (0, or
	 * the errno that ended the sleep: EINTR, ETIMEDOUT); end() undoes the
	 * setup when the wait stops without sleeping again.
	 */
	int (*ready)(fq_queue_t *q, int *ready, fq_wait_t *w, fq_error_t *err);
	int (*sleep)(fq_queue_t *q, fq_wait_t *w, int64_t slice_ns);
	void (*end)(fq_queue_t *q, fq_wait_t *w);
} fq_format_t;

extern const fq_format_t fq_format_framed;
extern const fq_format_t fq_format_raw;

/* Whether the file at fd begins as a framed queue does (for a RAW open, which must not touch one). */
int fq_framed_sniff(int fd, const char *path, int *framed, fq_error_t *err);

/*
 * 1 when q's path names the open file now, 0 when it was deleted or replaced
 * (*size: the size of what it names); < 0 for an error.
 */
int fq_queue_same_file(fq_queue_t *q, uint64_t *size, fq_error_t *err);

/* Bumped in every forked child (a pthread_atfork hook): a handle opened before fork() reopens. */
unsigned long fq_queue_fork_generation(void);

#endif /* FQ_CORE_FORMAT_H */
