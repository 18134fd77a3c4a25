/*
 * SysV shared memory in ext/sysvshm's layout: the core of FileQ\SharedMemory
 * and of the shm_* functions fileq provides when ext/sysvshm is missing.
 * Variables are raw bytes under an integer key (the binding serializes, as
 * shm_put_var does with php_var_serialize).
 *
 * Layout (php-src ext/sysvshm/php_sysvshm.h), every field a zend_long, which
 * is a C long on every Unix PHP runs on (64 bits on LP64, 32 on ILP32), so the
 * core uses long:
 *
 *   head:  char magic[8] = "PHP_SM"; long start, end, free, total;
 *   then chunks from start to end, each
 *          long key, length, next; char mem[length]   (next = bytes to the next chunk)
 *
 * A new segment gets start = end = sizeof(head), total = its size,
 * free = total - end. A put appends a chunk of
 *   ((length + sizeof(chunk) - 1) / sizeof(long)) * sizeof(long) + sizeof(long)
 * bytes after first removing the old chunk of that key (the chunks after it
 * move down). fileq writes exactly that, so shm_get_var() reads what
 * fq_shm_put() wrote and the other way round; unlike sysvshm, a put that does
 * not fit fails before the old value is removed (nothing changes).
 *
 * Everything read from the segment is checked against the segment's real
 * size (IPC_STAT) and against itself: a damaged or hostile segment gives
 * FQ_ECORRUPT, never a read or write outside the segment.
 *
 * The segment has no lock of its own (nor has sysvshm's): processes that
 * write it concurrently serialize with a semaphore (sysv_sem.h).
 */
#ifndef FQ_CORE_SYSV_SHM_H
#define FQ_CORE_SYSV_SHM_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct fq_shm_head {
	char magic[8];
	long start;
	long end;
	long free;
	long total;
} fq_shm_head_t;

typedef struct fq_shm_chunk {
	long key;
	long length;
	long next;
	char mem;  /* first byte of the value; sizeof(fq_shm_chunk_t) enters the chunk size formula */
} fq_shm_chunk_t;

#define FQ_SHM_HEAD_SIZE   ((long) sizeof(fq_shm_head_t))
#define FQ_SHM_CHUNK_HDR   ((long) (3 * sizeof(long)))  /* offset of mem in a chunk */

typedef struct fq_shm {
	int32_t key;          /* key_t, signed (see ipcs.h) */
	int id;               /* shmid */
	unsigned char *base;  /* where the segment is attached; NULL when detached */
	size_t size;          /* the segment's real size (shm_segsz) */
} fq_shm_t;

typedef struct fq_shm_usage {
	long total;     /* bytes the layout manages (head.total) */
	long used;      /* end - start: bytes the chunks take */
	long free;      /* head.free */
	long count;     /* variables stored */
} fq_shm_usage_t;

/*
 * Attaches the segment of key, creating it with size bytes and perms when it
 * does not exist (as shm_attach: size must then be at least
 * FQ_SHM_HEAD_SIZE, else FQ_EARG), and writes the head when the magic is
 * missing. An existing segment keeps its own size. Key 0 (IPC_PRIVATE)
 * always creates a new segment.
 */
int fq_shm_attach(fq_shm_t *s, int32_t key, size_t size, unsigned perms, fq_error_t *err);

/*
 * shm_attach() exactly, for the shm_* functions: shmget(key, 0, 0); when that
 * fails, FQ_EARG if size is less than FQ_SHM_HEAD_SIZE ("memorysize too
 * small"), else one shmget(key, size, shmflg | IPC_CREAT | IPC_EXCL) with
 * shmflg as given; then shmat. FQ_EIO carries the kernel's errno. A segment
 * without the magic is formatted with total = size (as sysvshm does), but
 * never more than the segment really has.
 */
int fq_shm_attach_kernel(fq_shm_t *s, int32_t key, long size, int shmflg, fq_error_t *err);

/* shmdt(); safe to call twice. */
void fq_shm_detach(fq_shm_t *s);

/* shmctl(IPC_RMID): the segment goes when the last process detaches. FQ_ESTATE when s was removed (detached) already. */
int fq_shm_destroy(const fq_shm_t *s, fq_error_t *err);

/* shmctl(IPC_RMID) with the kernel's errno (shm_remove's warning shows it). */
int fq_shm_destroy_kernel(const fq_shm_t *s, fq_error_t *err);

/* Stores len bytes under vkey (replacing its value). FQ_ETOOBIG, with nothing changed, when it does not fit. */
int fq_shm_put(fq_shm_t *s, long vkey, const void *data, size_t len, fq_error_t *err);

/* Flags of fq_shm_put_ex. */
#define FQ_SHM_CUT_FIRST 1  /* as shm_put_var: remove the old value first, so a value that does not fit leaves none */

int fq_shm_put_ex(fq_shm_t *s, long vkey, const void *data, size_t len, int flags, fq_error_t *err);

/* Where fq_shm_get() copies a value: len bytes of the caller's memory (ctx is the caller's), or NULL. */
typedef void *(*fq_shm_alloc_t)(size_t len, void *ctx);

/*
 * The value of vkey, whatever its size, in one look at the segment: its
 * length goes to *len, alloc(*len, ctx) is called once (for 0 bytes too) and
 * the value is copied to what it returns. FQ_ENOENT when vkey has no value
 * (alloc is not called); FQ_EIO, errno ENOMEM, when alloc returns NULL.
 */
int fq_shm_get(const fq_shm_t *s, long vkey, fq_shm_alloc_t alloc, void *ctx, size_t *len, fq_error_t *err);

/* 1 in *found when vkey has a value. */
int fq_shm_has(const fq_shm_t *s, long vkey, int *found, fq_error_t *err);

/* Removes vkey's value; FQ_ENOENT when there is none. */
int fq_shm_remove_var(fq_shm_t *s, long vkey, fq_error_t *err);

/* The keys stored, in segment order, into keys[0, cap); *count is how many there are (FQ_ETOOBIG when more than cap). */
int fq_shm_keys(const fq_shm_t *s, long *keys, size_t cap, size_t *count, fq_error_t *err);

int fq_shm_usage(const fq_shm_t *s, fq_shm_usage_t *u, fq_error_t *err);

#endif /* FQ_CORE_SYSV_SHM_H */
