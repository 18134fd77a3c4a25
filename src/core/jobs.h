/*
 * Inside a job queue (framed format version 2, jobs.c): what framed.c and
 * queue.c ask of the job layer. Every call runs under the queue's lock, with
 * the state loaded. Not part of the core's public interface (queue.h).
 */
#ifndef FQ_CORE_JOBS_H
#define FQ_CORE_JOBS_H

#include <stddef.h>
#include <stdint.h>

#include "queue.h"

/* pop() (newest) / shift(): a job handed out and acknowledged in one step. */
int fq_jobs_take(fq_queue_t *q, int newest, unsigned char *buf, size_t *len, int *found, fq_error_t *err);

/*
 * After a holder died under the lock: the count of released jobs taken again
 * from the envelopes of the window, and committed when it was off (the dead
 * holder may have rewritten an envelope and not committed the count).
 */
int fq_jobs_recount(fq_queue_t *q, fq_error_t *err);

/* Whether a take would find something (a job whose holder died included). */
int fq_jobs_ready(fq_queue_t *q);

/* Whether the frame at index is one read()/write() may touch (not acknowledged). */
int fq_jobs_visible(const fq_queue_t *q, uint64_t index);

int fq_jobs_reserve(fq_queue_t *q, int64_t visibility_ns, uint32_t max_attempts, unsigned char *buf, size_t *len,
                    fq_job_t *job, int *found, fq_error_t *err);
int fq_jobs_ack(fq_queue_t *q, const fq_job_t *job, fq_error_t *err);
int fq_jobs_release(fq_queue_t *q, const fq_job_t *job, fq_error_t *err);
int fq_jobs_census(fq_queue_t *q, fq_jobs_census_t *c, fq_error_t *err);
int fq_jobs_dead_letters(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err);
int fq_jobs_list_held(fq_queue_t *q, fq_jobs_visit_t visit, void *ctx, unsigned char *buf, fq_error_t *err);
int fq_jobs_requeue_dead(fq_queue_t *q, unsigned char *buf, uint64_t *moved, fq_error_t *err);

/* FQ_ESTATE: op() needs a job queue. */
int fq_jobs_not(const fq_queue_t *q, const char *op, fq_error_t *err);

#endif /* FQ_CORE_JOBS_H */
