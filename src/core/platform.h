/*
 * Included first by every core .c file: the core is built with -std=c99, which
 * hides POSIX and Linux interfaces (pread, fallocate, futex, semtimedop) unless
 * asked for.
 */
#ifndef FQ_CORE_PLATFORM_H
#define FQ_CORE_PLATFORM_H

#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#endif /* FQ_CORE_PLATFORM_H */
