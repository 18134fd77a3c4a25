/*
 * Delayed frames (framed format, delay.c): frames kept out of the queue until
 * their due time, in the file's delay region (framed_region.h), then moved to
 * the tail ("promoted") as if pushed at that time. Every call runs under the
 * queue's lock with the state loaded. Not part of the core's public interface
 * (queue.h).
 */
#ifndef FQ_CORE_DELAY_H
#define FQ_CORE_DELAY_H

#include <stddef.h>
#include <stdint.h>

#include "framed_region.h"
#include "queue.h"

/* Frames one call promotes at the most (bounded work under the lock); the rest wait for the next call. */
#define FQ_DELAY_PROMOTE_MAX 1024

/* Keeps a frame until due_ns (wall clock): in the delay region, made or grown as needed. */
int fq_delay_push(fq_queue_t *q, const void *data, size_t len, int64_t due_ns, fq_error_t *err);

/*
 * Moves the frames that are due to the tail, oldest due first (ties in push
 * order), each in the commit that takes it out of the heap. Costs nothing
 * (no system call) when this handle already knows the region's generation and
 * nothing is due.
 */
int fq_delay_promote(fq_queue_t *q, fq_error_t *err);

/* How many frames are delayed and the earliest due time (0 when none). */
int fq_delay_status(fq_queue_t *q, uint64_t *count, int64_t *next_ns, fq_error_t *err);

/* clear(): the delayed frames go with the rest (the state no longer names the region). */
void fq_delay_clear(fq_state_t *st);

/* Forgets what the handle knew of the region (the file closed or replaced). */
void fq_delay_forget(fq_queue_t *q);

#endif /* FQ_CORE_DELAY_H */
