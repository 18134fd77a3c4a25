/*
 * Tells, without a system call, whether an open file may have been deleted or
 * replaced since it was last looked at.
 *
 * The seed functions must notice, on every call, a queue file that another
 * process deleted or renamed over; a statx() of the descriptor per call does
 * it, and on a slow VM that is a fifth of a push. Instead, an inotify watch on
 * the open file reports link-count and attribute changes, and a one-shot poll
 * of the inotify descriptor through io_uring turns a report into a completion
 * in memory this process maps. The kernel posts that completion from task
 * work it runs before returning to the thread that armed the poll, from any
 * system call: once the caller's flock() has returned, a change made before it
 * is visible, so fq_watch_quiet() is exact, not a guess.
 * IORING_SETUP_COOP_TASKRUN keeps the task work from interrupting the thread.
 *
 * One inotify instance and one ring per thread serve all its files, and are
 * released when its last watched file closes (inotify instances are limited
 * per user: 128 by default). Only local file systems are watched: inotify does
 * not see what another host does to a network file. Linux 5.19 or later;
 * anywhere else, or when io_uring or inotify is refused (seccomp,
 * kernel.io_uring_disabled, no /proc, limits), fq_watch_start() fails and the
 * caller keeps checking with statx(). FILEQ_WATCH=0 in the environment turns
 * the watch off the same way.
 *
 * A side effect: after an event on a watched file, the kernel marks the thread
 * as having task work to run, and the next system call that waits returns
 * early; calls that return EINTR for that (epoll_wait, sigtimedwait) report a
 * spurious EINTR once. Only changes to a watched file's links or attributes
 * cause it, not writes.
 */
#ifndef FQ_CORE_WATCH_H
#define FQ_CORE_WATCH_H

#include <stdint.h>

typedef struct fq_watch {
	int wd;                 /* inotify watch of the file; -1: not watched */
	uint64_t gen;           /* the watcher it belongs to: a handle from before a fork or a reset is not watched */
	uint64_t seen;          /* the watcher's report count when this file was last looked at */
} fq_watch_t;

/* Not watched: fq_watch_quiet() says 0, fq_watch_stop() does nothing. */
void fq_watch_init(fq_watch_t *w);

/* Watches the file open at fd. 0 when watched; -1 when this system cannot (w stays unwatched). */
int fq_watch_start(fq_watch_t *w, int fd);

/*
 * 1 when nothing changed the file's links or attributes since it was last
 * looked at: reads memory only, and is exact for changes made before the
 * caller's latest system call returned. 0: call fq_watch_rearm(), then look.
 */
int fq_watch_quiet(const fq_watch_t *w);

/*
 * Takes in what was reported and arms the poll again; call it before looking
 * at the file. 1 when the file is watched (a report may also mean a rename or
 * a new hard link, which the link count does not show); 0 when it is not.
 */
int fq_watch_rearm(fq_watch_t *w);

void fq_watch_stop(fq_watch_t *w);

/*
 * Before the code is unloaded: releases this thread's watcher and forgets the
 * per-thread cleanup hook, whose destructor would otherwise run in unmapped
 * code when a thread ends later.
 */
void fq_watch_shutdown(void);

#endif /* FQ_CORE_WATCH_H */
