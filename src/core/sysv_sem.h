/*
 * SysV semaphores in ext/sysvsem's layout: the core of FileQ\Semaphore and of
 * the sem_* functions fileq provides when ext/sysvsem is missing.
 *
 * As in sysvsem (php-src ext/sysvsem/sysvsem.c), one "semaphore" is a set of
 * three under one key:
 *   FQ_SEM_SEM    (0) the semaphore itself, max_acquire when nobody holds it;
 *   FQ_SEM_USAGE  (1) how many processes have it open;
 *   FQ_SEM_SETVAL (2) a guard for the two steps below.
 * Opening: semget(key, 3, perms | IPC_CREAT); then, in one semop, wait for
 * SETVAL to be 0, add 1 to SETVAL and 1 to USAGE (both SEM_UNDO); if USAGE
 * is now 1, we are the only user and set SEM to max_acquire; then SETVAL
 * back to 0. Acquire is SEM -1 and release SEM +1, both SEM_UNDO, so the
 * kernel gives back what a dead process held. Closing takes 1 from USAGE and
 * gives back what is still held (sysvsem's auto_release). A set made by
 * sem_get() and one made here are the same thing.
 *
 * Fork: SEM_UNDO adjustments are not inherited, so a handle remembers the
 * process it belongs to; in a forked child it starts again holding nothing,
 * and closing it there gives back nothing that the parent holds.
 */
#ifndef FQ_CORE_SYSV_SEM_H
#define FQ_CORE_SYSV_SEM_H

#include <stdint.h>

#include "error.h"

#define FQ_SEM_SEM    0
#define FQ_SEM_USAGE  1
#define FQ_SEM_SETVAL 2

/* SEMVMX on Linux: the largest value a semaphore can hold. */
#define FQ_SEM_MAX_ACQUIRE 32767

typedef struct fq_sem {
	int32_t key;   /* key_t, signed (see ipcs.h) */
	int id;        /* semid */
	long count;    /* acquisitions this process holds through this handle */
	long pid;      /* the process count and in_usage belong to */
	int in_usage;  /* this process counted itself in FQ_SEM_USAGE */
	int removed;   /* removed through this handle */
} fq_sem_t;

/*
 * Opens (creating when needed) the set of key with sysvsem's protocol. Key 0
 * (IPC_PRIVATE) makes a new set. The protocol's own semaphore is waited for
 * timeout_ns at most (-1: for ever): FQ_ETIMEOUT naming the pid that holds it.
 */
int fq_sem_open(fq_sem_t *s, int32_t key, int max_acquire, unsigned perms, int64_t timeout_ns, fq_error_t *err);

/*
 * Takes the semaphore (SEM -1, SEM_UNDO). deadline_ns < 0 waits for ever;
 * otherwise it waits until that point of the monotonic clock (fq_now_ns())
 * with semtimedop, and a deadline already past tries once (IPC_NOWAIT).
 * FQ_ETIMEOUT when it could not be taken in time; FQ_EINTR when a signal
 * arrived (run the handlers and call again with the same deadline).
 */
int fq_sem_acquire(fq_sem_t *s, int64_t deadline_ns, fq_error_t *err);

/* Gives back one acquisition (SEM +1, SEM_UNDO). FQ_ESTATE when this handle holds none. */
int fq_sem_release(fq_sem_t *s, fq_error_t *err);

/* Acquisitions this process holds through s. */
long fq_sem_held(fq_sem_t *s);

/* The semaphore's value now (how many more may acquire it). */
int fq_sem_value(const fq_sem_t *s, int *value, fq_error_t *err);

/*
 * Closing a handle: with auto_release, leaves USAGE and gives back what this
 * process still holds, in one semop; without, does nothing (as sysvsem: the
 * kernel's undo does it when the process exits).
 */
int fq_sem_close(fq_sem_t *s, int auto_release, fq_error_t *err);

/* semctl(IPC_RMID): every process waiting on it fails with EIDRM. */
int fq_sem_remove(fq_sem_t *s, fq_error_t *err);

/*
 * The steps of sysvsem's protocol one by one, on a bare set id, with the
 * kernel's errno (FQ_EIO, sys_errno set) and no bookkeeping: the sem_*
 * functions fileq provides when ext/sysvsem is missing call them in
 * sem_get()'s order and warn after each step that fails, as sem_get() does.
 * semop waits are retried on EINTR, as sysvsem retries them.
 */

/* semget(key, 3, semflg | IPC_CREAT), semflg as given. */
int fq_sem_kernel_get(int32_t key, int semflg, int *id, fq_error_t *err);

/* Waits for SETVAL to be 0, then adds 1 to SETVAL and to USAGE (SEM_UNDO). */
int fq_sem_kernel_enter(int id, fq_error_t *err);

/* semctl(GETVAL) of USAGE. */
int fq_sem_kernel_usage(int id, int *usage, fq_error_t *err);

/* semctl(SETVAL) of SEM (ERANGE when value is out of 0..SEMVMX). */
int fq_sem_kernel_setmax(int id, int value, fq_error_t *err);

/* Takes 1 from SETVAL (SEM_UNDO). */
int fq_sem_kernel_leave(int id, fq_error_t *err);

/*
 * Adds delta (-1 acquire, +1 release) to SEM with SEM_UNDO, and IPC_NOWAIT
 * when nowait: FQ_EIO with errno EAGAIN when that would block.
 */
int fq_sem_kernel_op(int id, int delta, int nowait, fq_error_t *err);

/* What a SysvSemaphore does when it is freed: USAGE -1 and SEM +held (when held > 0), one semop, not retried. */
void fq_sem_kernel_close(int id, long held);

/*
 * sem_remove(): semctl(IPC_STAT), FQ_ENOENT when that fails (the set is
 * gone); then semctl(IPC_RMID), FQ_EIO with its errno.
 */
int fq_sem_kernel_remove(int id, fq_error_t *err);

#endif /* FQ_CORE_SYSV_SEM_H */
