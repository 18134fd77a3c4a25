/*
 * The one clock every deadline of the core is measured on (CLOCK_MONOTONIC,
 * nanoseconds), and the one way a timeout in seconds becomes a deadline.
 */
#ifndef FQ_CORE_CLOCK_H
#define FQ_CORE_CLOCK_H

#include <stdint.h>

int64_t fq_now_ns(void);

/*
 * The wall clock (CLOCK_REALTIME, ns since 1970): for times kept in a file,
 * which outlives the boot whose monotonic clock would have measured them.
 */
int64_t fq_wall_ns(void);

/*
 * seconds as a deadline on fq_now_ns()'s clock: -1 (wait for ever) gives -1,
 * as does a timeout too long to count in nanoseconds; 0 and up give now plus
 * that. FQ_EARG for NaN or any other negative value.
 */
int fq_deadline(double seconds, int64_t *deadline_ns);

#endif /* FQ_CORE_CLOCK_H */
