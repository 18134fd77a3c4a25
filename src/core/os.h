/*
 * The operating system below the queue core, beyond file I/O (fdio.h), locks
 * (lock.h) and opening paths (path.h): shared mappings of a queue file, the
 * wake word a framed queue's wait() sleeps on, the change watch of a RAW
 * queue's wait(), the fork hook, a short sleep. LMDB's way: the formats call
 * these and never the system, so a port is one file of them.
 *
 *   os_posix.c  mmap (mremap on Linux), a futex on the wake word, inotify on
 *               the file, pthread_atfork
 *   os_win.c    CreateFileMapping/MapViewOfFile, a named semaphore per queue
 *               file, a change notification on its directory, no fork
 */
#ifndef FQ_CORE_OS_H
#define FQ_CORE_OS_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* ---- mappings ---------------------------------------------------------------- */

/*
 * Maps len bytes of the file at offset (a multiple of 4096), shared and
 * writable, at *base. On POSIX the mapping may reach past the end of the file
 * (touching there is a fault, the guard's business); on Windows the mapping
 * extends a shorter file with zeros, as CreateFileMapping does.
 */
int fq_map(int fd, const char *path, uint64_t offset, size_t len, unsigned char **base, fq_error_t *err);

/* A mapping of fq_map() from len to newlen bytes (larger); it may move. On failure *base is unchanged. */
int fq_map_grow(int fd, const char *path, uint64_t offset, unsigned char **base, size_t len, size_t newlen,
                fq_error_t *err);

void fq_unmap(unsigned char *base, size_t len);

/*
 * Writes a mapping's changed pages back to the file, before fq_io_sync(): on
 * Windows FlushFileBuffers() does not reach them. Nothing on POSIX, where
 * fdatasync() covers the file's mapped pages.
 */
int fq_map_flush(unsigned char *base, size_t len, const char *path, fq_error_t *err);

/*
 * Puts private memory at [base, base + len) in place of the file, never to be
 * unmapped: for a robust mutex that glibc still lists there after its file
 * went away. 0, or -1 when that cannot be done (or is not needed).
 */
int fq_map_keep(unsigned char *base, size_t len);

/* ---- the wake word of wait() --------------------------------------------------- */

/*
 * The framed header holds a 32-bit word bumped by every push and a count of
 * the processes sleeping on it. A sleeper reads the word and counts itself
 * (under the queue's lock), sleeps while the word is unchanged, and uncounts
 * itself; a pusher bumps the word and wakes the sleepers when there are any.
 * dev and ino name the file (a Windows sleeper waits on an object named
 * after them).
 */
uint32_t fq_wake_enter(unsigned char *word, unsigned char *waiters);

/* Bumped by the core's signal handler (signals.c) at every caught signal: a spinning wait ends at it. */
extern volatile sig_atomic_t fq_os_signals;
void fq_wake_leave(unsigned char *waiters);

/*
 * Sleeps at most slice_ns while word holds seen: 0 when woken or changed, else
 * ETIMEDOUT or EINTR. spin: watch the word a few microseconds first (a
 * hand-off between two processes is then seen without sleeping); a hint.
 * signals: fq_os_signals when the caller registered; a caught signal since
 * then ends it with EINTR before it sleeps.
 */
int fq_wake_sleep(uint64_t dev, uint64_t ino, unsigned char *word, uint32_t seen, int64_t slice_ns, int spin,
                  int signals);

void fq_wake_all(uint64_t dev, uint64_t ino, unsigned char *word, unsigned char *waiters);

/* ---- a RAW queue's wait: changes to its file ------------------------------------- */

/*
 * Watches the file at path for changes (its content, its size, its name),
 * set up before wait() looks once more, so that a write after that look ends
 * the sleep. *watch: what fq_change_sleep() waits on, or -1 when no watch can
 * be had now (inotify's per-user limits, no handles): the sleep then looks
 * again in 2 ms. Linux: an inotify descriptor on the file. Windows: a change
 * notification on its directory (a HANDLE, which Windows keeps within 32 bits
 * for this: HandleToLong). Elsewhere: none.
 */
int fq_change_watch(const char *path, int *watch, fq_error_t *err);

/* Sleeps at most slice_ns (2 ms without a watch) or until a change: 0, ETIMEDOUT or EINTR. */
int fq_change_sleep(int watch, int64_t slice_ns);

void fq_change_end(int watch);

/* ---- the process ------------------------------------------------------------- */

#ifdef _WIN32
# include <wchar.h>
/* The UTF-16 form of a UTF-8 path (PHP's file names on Windows are UTF-8), malloc()ed; NULL with err set (op, path). */
wchar_t *fq_os_wide(const char *path, const char *op, fq_error_t *err);
#endif

/* Runs child() in the child after every fork() (once per process is enough); nothing where there is no fork. */
void fq_os_atfork(void (*child)(void));

/* Sleeps about ns nanoseconds (a signal may cut it short): 0, or the errno that ended it (EINTR). */
int fq_os_sleep_ns(int64_t ns);

#endif /* FQ_CORE_OS_H */
