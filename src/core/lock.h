/*
 * The lock layer: every kind of lock a queue file is guarded by, and how each
 * is taken, released and recovered, in one place (APCu's apc_lock.h and
 * LMDB's LOCK_MUTEX are the models).
 *
 * - flock on the whole file: what the seed's pure-PHP functions use, so RAW
 *   queues always take it; released by the kernel when its holder dies. On
 *   Windows, LockFileEx on the whole range.
 * - a process-shared robust mutex (Linux), in memory every holder maps: the
 *   framed format's lock, a user-space compare-and-swap when uncontended. Its
 *   holder dying leaves EOWNERDEAD to the next locker, who takes it over.
 * - the opening protocol that decides who may initialise that mutex: every
 *   handle holds a shared flock for its lifetime; an opener that gets the
 *   exclusive one instead is alone with the file (LMDB's mdb_env_excl_lock).
 *
 * Every call is retried when a signal interrupts it.
 */
#ifndef FQ_CORE_LOCK_H
#define FQ_CORE_LOCK_H

#include <stdint.h>

#include "error.h"

#if defined(__linux__)
# define FQ_LOCK_HAVE_MUTEX 1
#endif

/* Bytes the robust mutex may take in the shared memory. */
#define FQ_LOCK_MUTEX_SIZE 128

/* flock: blocks until the caller holds the exclusive lock on fd. */
int fq_lock_ex(int fd, const char *path, fq_error_t *err);

/* flock: takes the lock only if it is free: FQ_OK, or FQ_ETIMEOUT when another holder has it. */
int fq_lock_try(int fd, const char *path, fq_error_t *err);

/* flock: blocks until the caller holds a shared lock on fd (or converts its exclusive one). */
int fq_lock_sh(int fd, const char *path, fq_error_t *err);

/* flock: releases it. */
int fq_lock_un(int fd, const char *path, fq_error_t *err);

/*
 * The opening protocol: the exclusive flock when it is free (*alone = 1: no
 * other handle has the file open, so its shared state may be set up), else a
 * shared one (*alone = 0). An opener that was alone calls fq_lock_sh() once
 * the state is ready, so that the next opener is not.
 */
int fq_lock_open(int fd, const char *path, int *alone, fq_error_t *err);

/* Initialises a robust, process-shared, error-checking mutex in mem (FQ_LOCK_MUTEX_SIZE bytes). */
int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err);

/*
 * The exclusive lock of a queue: the robust mutex at mutex, or with mutex
 * NULL the flock of fd. *recovered is bumped when the mutex's holder had died
 * (its half-done change is the caller's to ignore). A second handle of the
 * same thread asking for a mutex it holds gets FQ_ESTATE, not a hang.
 */
int fq_lock_acquire(int fd, void *mutex, const char *path, uint64_t *recovered, fq_error_t *err);
int fq_lock_release(int fd, void *mutex, const char *path, fq_error_t *err);

#endif /* FQ_CORE_LOCK_H */
