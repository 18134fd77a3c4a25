/*
 * The lock layer: one exclusive lock on a whole file, the platform choice in
 * one place (flock on POSIX, LockFileEx on Windows). Every call is retried
 * when a signal interrupts it.
 */
#ifndef FQ_CORE_LOCK_H
#define FQ_CORE_LOCK_H

#include "error.h"

/* Blocks until the caller holds the exclusive lock on fd. */
int fq_lock_ex(int fd, const char *path, fq_error_t *err);

/* Takes the lock only if it is free: FQ_OK, or FQ_ETIMEOUT when another holder has it. */
int fq_lock_try(int fd, const char *path, fq_error_t *err);

/* Blocks until the caller holds a shared lock on fd (or converts its exclusive one). */
int fq_lock_sh(int fd, const char *path, fq_error_t *err);

/* Releases the lock. */
int fq_lock_un(int fd, const char *path, fq_error_t *err);

#endif /* FQ_CORE_LOCK_H */
