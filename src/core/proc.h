/* Facts about other processes: is a pid alive, and is it still the same process. */
#ifndef FQ_CORE_PROC_H
#define FQ_CORE_PROC_H

#include <stdint.h>

/*
 * Start time of pid in clock ticks since boot (Linux: /proc/<pid>/stat field
 * 22), 0 when unknown. Together with the pid it names a process even after the
 * pid is reused.
 */
uint64_t fq_proc_start_time(long pid);

/* 1 when pid exists (and, if start_time is not 0, started at start_time); else 0. */
int fq_proc_alive(long pid, uint64_t start_time);

#endif /* FQ_CORE_PROC_H */
