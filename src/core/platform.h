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

/*
 * Windows: the C99 printf of mingw-w64 (the system's msvcrt has no %zu or
 * %llu); the UCRT that MSVC builds use has them itself. And no min/max macros
 * from <windows.h>.
 */
#ifdef _WIN32
# if defined(__MINGW32__) && !defined(__USE_MINGW_ANSI_STDIO)
#  define __USE_MINGW_ANSI_STDIO 1
# endif
# ifndef NOMINMAX
#  define NOMINMAX
# endif
# ifndef WIN32_LEAN_AND_MEAN
#  define WIN32_LEAN_AND_MEAN
# endif
#endif

/* A function kept out of its callers (a cold path, or a frame only some calls should pay for). */
#if defined(__GNUC__)
# define FQ_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
# define FQ_NOINLINE __declspec(noinline)
#else
# define FQ_NOINLINE
#endif

#endif /* FQ_CORE_PLATFORM_H */
