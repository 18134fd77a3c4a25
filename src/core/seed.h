/*
 * The seed's procedural queue, as one operation each way: queue_address_push()
 * and queue_address_pop() of the pure-PHP originals (README, "The seed's queue
 * functions"), byte for byte, on a RAW handle that names its file by path at
 * every call (FQ_QUEUE_BYPATH: never created, reopened when the path names
 * another file). A call goes down once and comes back once: lock, the
 * caller's callback through a hook, the frame, unlock.
 */
#ifndef FQ_CORE_SEED_H
#define FQ_CORE_SEED_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "queue.h"
#include "raw.h"

typedef struct fq_seed_file {
	fq_queue_t q;
} fq_seed_file_t;

/* Opens path (which must exist; the caller keeps the string alive); locks wait lock_timeout_ns (-1: for ever). */
int fq_seed_open(fq_seed_file_t *f, const char *path, int64_t lock_timeout_ns, fq_error_t *err);

/* How long the next calls wait for the lock (-1: for ever). */
void fq_seed_set_lock_timeout(fq_seed_file_t *f, int64_t lock_timeout_ns);
void fq_seed_close(fq_seed_file_t *f);

/* 1 while a call on f is running (its callback may be calling again): not to be closed now. */
int fq_seed_busy(const fq_seed_file_t *f);

/* 1 when path names the file f has open now (the same device and inode, whatever the string). */
int fq_seed_names(const fq_seed_file_t *f, const char *path);

typedef struct fq_seed_call {
	size_t frame_size;      /* > 0; the caller has refused what the seed refuses */
	int64_t cursor;         /* >= 0, or FQ_RAW_APPEND: the end */
	const void *data;       /* push: the frame; pop: the replacement (len 0: none) */
	size_t len;
	/*
	 * The callback, run under the lock before the frame is touched, or NULL.
	 * *fd is a second descriptor on the locked file (sharing the lock) at
	 * offset 0: the hook takes it by setting *fd to -1, else it is closed
	 * after the hook. FQ_OK, or FQ_ECALLER when the hook failed its own way.
	 */
	int (*hook)(void *ctx, int *fd, fq_error_t *err);
	/* pop: room for cap bytes of the frame read (called once, under the lock, when the file is not empty). */
	unsigned char *(*alloc)(void *ctx, size_t cap);
	void *ctx;
} fq_seed_call_t;

/* Appends the frame padded to frame_size (cursor FQ_RAW_APPEND), or writes it at cursor; *at: where. */
int fq_seed_push(fq_seed_file_t *f, const fq_seed_call_t *c, uint64_t *at, fq_error_t *err);

/*
 * Reads the frame at the end (and truncates it off when it is not blank) or at
 * cursor (and writes the replacement there, when there is one). The trimmed
 * frame is buf[*start, *start + *len) of the memory alloc() gave (*buf NULL
 * when the file is empty). A frame_size of 0 on a file that is not empty is
 * FQ_EARG with the message of PHP's fread(), which the seed reached there.
 */
int fq_seed_pop(fq_seed_file_t *f, const fq_seed_call_t *c, unsigned char **buf, size_t *start, size_t *len,
                fq_error_t *err);

#endif /* FQ_CORE_SEED_H */
