/*
 * The members of a queue's registry (FileQ\Queue::register() / members()):
 * processes, each named by its pid and its start time, so that a pid the
 * kernel gave to another process after the member died is not taken for it.
 */
#ifndef FQ_CORE_REGISTRY_H
#define FQ_CORE_REGISTRY_H

#include <stddef.h>
#include <stdint.h>

typedef struct fq_member {
	long pid;
	uint64_t start_time;   /* clock ticks since boot (Linux: /proc/<pid>/stat), 0 when unknown */
	double last_update;    /* seconds since the epoch, when it registered */
} fq_member_t;

/* This process, now. */
void fq_member_self(fq_member_t *m);

/*
 * 1 when m's process exists, is the same one (when its start time is known)
 * and has not exited: a zombie, not yet reaped, is gone (it does no more work,
 * as a member or as a job's holder); else 0.
 */
int fq_member_alive(const fq_member_t *m);

#endif /* FQ_CORE_REGISTRY_H */
