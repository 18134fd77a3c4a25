/*
 * fileq core: raw SysV shared memory as ext/shmop uses it (shmop_open and
 * the rest): a segment's bytes, no layout. The binding checks offsets
 * against the size this reports.
 */
#ifndef FQ_CORE_SHMOP_H
#define FQ_CORE_SHMOP_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct fq_shmop {
	int id;               /* shmid */
	unsigned char *addr;  /* where it is attached; NULL when not */
	size_t size;          /* shm_segsz */
	int readonly;         /* attached with SHM_RDONLY */
} fq_shmop_t;

/* Which step of fq_shmop_open failed (shmop_open's warning names it). */
#define FQ_SHMOP_STEP_GET  1  /* shmget */
#define FQ_SHMOP_STEP_STAT 2  /* shmctl(IPC_STAT) */
#define FQ_SHMOP_STEP_AT   3  /* shmat */

/*
 * shmget(key, size, flags) (flags: permissions | IPC_CREAT | IPC_EXCL as
 * the caller's mode asks), IPC_STAT for the real size, shmat (read-only
 * when readonly). On failure FQ_EIO with the errno and *step saying which
 * call failed; nothing stays attached.
 */
int fq_shmop_open(fq_shmop_t *s, int32_t key, size_t size, int flags, int readonly, int *step, fq_error_t *err);

/* The IPC_CREAT / IPC_EXCL values fq_shmop_open's flags take. */
int fq_shmop_flag_create(void);
int fq_shmop_flag_exclusive(void);

/* shmdt(); safe to call twice. */
void fq_shmop_close(fq_shmop_t *s);

/* shmctl(IPC_RMID). */
int fq_shmop_delete(const fq_shmop_t *s, fq_error_t *err);

#endif /* FQ_CORE_SHMOP_H */
