/*
 * Tells, without a system call, whether an open file may have been deleted or
 * replaced, or its path may have come to name another file, since it was last
 * looked at.
 *
 * The seed functions must notice, on every call, a queue file that another
 * process deleted or renamed over; a statx() per call does it, and on a slow
 * VM that is a fifth of a push. Instead, inotify watches on the open file (and,
 * for a path that must keep naming it, on each directory of that path) report
 * link-count, attribute and rename changes, and a one-shot poll of the inotify
 * descriptor through io_uring turns a report into a completion in memory this
 * process maps. The kernel posts that completion from task work it runs before
 * returning to the thread that armed the poll, from any system call: once the
 * caller's flock() has returned, a change made before it is visible, so
 * fq_watch_quiet() is exact, not a guess. IORING_SETUP_COOP_TASKRUN keeps the
 * task work from interrupting the thread.
 *
 * What a watch costs decides when there is one. Setting up a thread's ring and
 * inotify instance takes ~30 us, but closing an inotify instance waits for the
 * kernel's mark reaper (an SRCU grace period: 1-13 ms measured here), and that
 * is paid when the process exits. So a handle is looked at with statx() until
 * it has made FQ_WATCH_LOOKS looks: a short process or request never pays for a
 * watch, a long-running one gets it after a few milliseconds of work. The
 * thread's instance is kept until the thread (or process) ends, never released
 * on a request's path; a watch on a file is removed when its handle stops.
 *
 * Only local file systems are watched: inotify does not see what another host
 * does to a network file. Linux 5.19 or later; anywhere else, or when io_uring
 * or inotify is refused (seccomp, kernel.io_uring_disabled, no /proc, limits:
 * fs.inotify.max_user_instances is 128 per user by default), the handle stays
 * on statx(). FILEQ_WATCH=0 in the environment turns the watch off the same way.
 *
 * A side effect: after an event on a watched file, the kernel marks the thread
 * as having task work to run, and the next system call that waits returns
 * early; calls that return EINTR for that (epoll_wait, sigtimedwait) report a
 * spurious EINTR once. Only changes to a watched file's links, attributes or
 * name cause it, not writes.
 */
#ifndef FQ_CORE_WATCH_H
#define FQ_CORE_WATCH_H

#include <stdint.h>

/* Looks a handle makes with statx() before it is watched. */
#define FQ_WATCH_LOOKS 2048

/* The file and at most this many directories above it. */
#define FQ_WATCH_SLOTS 16

typedef struct fq_watch {
	int state;                          /* counting looks, watched, or never (see watch.c) */
	unsigned looks;                     /* looks made without a watch */
	unsigned n;                         /* watches held: the file's first */
	unsigned slot[FQ_WATCH_SLOTS];      /* in the thread's watch table */
	uint64_t serial[FQ_WATCH_SLOTS];    /* of each slot when taken: a slot the kernel dropped is not ours */
	uint64_t gen;                       /* the watcher: a handle from before a fork or reset is not watched */
	uint64_t epoch;                     /* the watcher's epoch when started: a dropped watch ends it */
	uint64_t seen;                      /* the watcher's report count when this file was last looked at */
} fq_watch_t;

/* Not watched, no looks counted: fq_watch_quiet() says 0. */
void fq_watch_init(fq_watch_t *w);

/*
 * Counts a look made without the watch; 1 once the handle has made enough of
 * them that a watch pays for itself, and this thread may still get one: then
 * call fq_watch_start().
 */
int fq_watch_due(fq_watch_t *w);

/*
 * Watches the file open at fd; with path, also each directory of path, which
 * must be absolute and free of symbolic links, "." and ".." (it is not watched
 * otherwise), so that any change to what path names is reported. 0 when
 * watched; -1 when this file or system cannot be (w then never asks again).
 * The first fq_watch_quiet() after a start says 0: look once more, then rearm.
 */
int fq_watch_start(fq_watch_t *w, int fd, const char *path);

/*
 * 1 when nothing changed the watched file or directories since the file was
 * last looked at: reads memory only, and is exact for changes made before the
 * caller's latest system call returned. 0: call fq_watch_rearm(), then look.
 */
int fq_watch_quiet(const fq_watch_t *w);

/*
 * Takes in what was reported and arms the poll again; call it before looking
 * at the file. 1 when the file is watched (a report may also mean a rename or
 * a new hard link, which the link count does not show); 0 when it is not (a
 * watch the kernel dropped ends here, and fq_watch_due() asks for a new one).
 */
int fq_watch_rearm(fq_watch_t *w);

/* Removes the handle's watches; w is as after fq_watch_init(). */
void fq_watch_stop(fq_watch_t *w);

/*
 * Before the code is unloaded: releases this thread's watcher and forgets the
 * per-thread cleanup hook, whose destructor would otherwise run in unmapped
 * code when a thread ends later.
 */
void fq_watch_shutdown(void);

#endif /* FQ_CORE_WATCH_H */
