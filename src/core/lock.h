/*
 * The lock layer: every kind of lock a queue file is guarded by, and how each
 * is taken, released and recovered, in one place (APCu's apc_lock.h and
 * LMDB's LOCK_MUTEX are the models).
 *
 * - flock on the whole file: what the seed's pure-PHP functions use, so RAW
 *   queues always take it; released by the kernel when its holder dies.
 * - a process-shared robust mutex (Linux), in memory every holder maps: the
 *   framed format's lock, a user-space compare-and-swap when uncontended. Its
 *   holder dying leaves EOWNERDEAD to the next locker, who takes it over.
 * - the opening protocol that decides who may initialise that mutex: every
 *   handle holds a shared flock for its lifetime; an opener that gets the
 *   exclusive one instead is alone with the file (LMDB's mdb_env_excl_lock).
 *
 * A wait is bounded by timeout_ns (-1: for ever); past it FQ_ETIMEOUT names the
 * path and, where it can be found, the pid holding the lock. A thread asking
 * for a queue lock it already holds through another handle gets FQ_ESTATE at
 * once instead of waiting for itself. Every call is retried when a signal
 * interrupts it.
 */
#ifndef FQ_CORE_LOCK_H
#define FQ_CORE_LOCK_H

#include <stdint.h>

#include "error.h"

#if defined(__linux__)
# define FQ_LOCK_HAVE_MUTEX 1
#endif

/* The per-call file lock, as stats() and phpinfo() name it. */
#ifdef _WIN32
# define FQ_LOCK_FILE_KIND "LockFileEx"
#else
# define FQ_LOCK_FILE_KIND "flock"
#endif

/* Bytes the robust mutex may take in the shared memory. */
#define FQ_LOCK_MUTEX_SIZE 128

/* Which queue file a lock guards: its device and inode. */
typedef struct fq_lock_id {
	uint64_t dev, ino;
} fq_lock_id_t;

/* flock: the exclusive lock on fd within timeout_ns, and its release. id may be NULL (not a queue's lock). */
int fq_lock_ex(int fd, const fq_lock_id_t *id, const char *path, int64_t timeout_ns, fq_error_t *err);
int fq_lock_un(int fd, const fq_lock_id_t *id, const char *path, fq_error_t *err);

/*
 * The opening protocol: the exclusive flock when it is free (*alone = 1: no
 * other handle has the file open, so its shared state may be set up), else a
 * shared one within timeout_ns (*alone = 0). An opener that was alone calls
 * fq_lock_share() once the state is ready, so that the next opener is not;
 * one that gives up calls fq_lock_drop().
 */
int fq_lock_open(int fd, const char *path, int64_t timeout_ns, int *alone, fq_error_t *err);
int fq_lock_share(int fd, const char *path, fq_error_t *err);
int fq_lock_drop(int fd, const char *path, fq_error_t *err);

/* Initialises a robust, process-shared mutex in mem (FQ_LOCK_MUTEX_SIZE bytes). */
int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err);

/*
 * The exclusive lock of a queue: the robust mutex at mutex, or with mutex
 * NULL the flock of fd. *recovered is bumped when the mutex's holder had died
 * (its half-done change is the caller's to ignore).
 */
int fq_lock_acquire(int fd, void *mutex, const fq_lock_id_t *id, const char *path, int64_t timeout_ns,
                    uint64_t *recovered, fq_error_t *err);
int fq_lock_release(int fd, void *mutex, const fq_lock_id_t *id, const char *path, fq_error_t *err);

/* This thread no longer holds the lock of id (its handle was closed while holding it). */
void fq_lock_forget(const fq_lock_id_t *id);

#endif /* FQ_CORE_LOCK_H */
