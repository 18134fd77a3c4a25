/*
 * A queue file is mapped: when another process (an attacker, a full disk, a
 * careless `truncate`) cuts the file shorter than the mapping while it is in
 * use, touching a page past the new end raises SIGBUS, which kills the
 * process. fileq promises an exception instead. Checking the file's size
 * before every access would cost a system call per operation (tripling a
 * push + pop); instead each operation of a mapped queue runs under a guard:
 * a SIGBUS whose address lies in the guarded queue's mappings returns to the
 * guard (siglongjmp), and the operation reports the file as corrupt. Any other
 * SIGBUS is handed to whatever handled it before (by default: the process
 * dies, as it would have).
 *
 * The handler is installed once, with SA_NODEFER (so leaving it by a jump
 * leaves SIGBUS unblocked) and SA_ONSTACK. Cost per guarded call: a builtin
 * setjmp and a few stores (the thread's guard pointer is initial-exec TLS).
 */
#ifndef FQ_CORE_GUARD_H
#define FQ_CORE_GUARD_H

#ifdef _WIN32
/*
 * Windows refuses to cut a file below a view mapped by anyone
 * (ERROR_USER_MAPPED_FILE), so the fault this guards against cannot happen
 * there: the guard is nothing, and guard.c is not built.
 */
typedef struct fq_guard {
	int unused;
} fq_guard_t;
# define FQ_GUARD(g, b1, l1, b2, l2) ((void) (g), (void) (b1), (void) (l1), (void) (b2), (void) (l2), 0)
# define fq_guard_leave(g) ((void) (g))
#else

#include <setjmp.h>
#include <stddef.h>

/*
 * GCC and clang's builtin jump: the frame, stack and resume address only (no
 * signal mask, no callee-saved registers to restore: the compiler spills
 * around it), a few instructions where sigsetjmp() takes dozens. Leaving a
 * SA_NODEFER handler with it is what siglongjmp(env, 0 mask) would do.
 */
/* ASan unpoisons the stack on siglongjmp(), not on the builtin. */
#if defined(__SANITIZE_ADDRESS__)
# define FQ_GUARD_SANITIZED 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define FQ_GUARD_SANITIZED 1
# endif
#endif
#if defined(__GNUC__) && !defined(FQ_GUARD_SANITIZED)
# define FQ_GUARD_SETJMP(env) __builtin_setjmp(env)
# define FQ_GUARD_LONGJMP(env) __builtin_longjmp(env, 1)
typedef void *fq_guard_env_t[5];
#else
# define FQ_GUARD_SETJMP(env) sigsetjmp(env, 0)
# define FQ_GUARD_LONGJMP(env) siglongjmp(env, 1)
typedef sigjmp_buf fq_guard_env_t;
#endif

typedef struct fq_guard {
	fq_guard_env_t env;
	/* the mapped ranges: read again by the handler, as an operation may remap */
	unsigned char **base1;
	const size_t *len1;
	unsigned char **base2;
	const size_t *len2;
	struct fq_guard *prev;
} fq_guard_t;

/*
 * Arms g over the two ranges [*base1, *base1 + *len1) and [*base2, *base2 +
 * *len2) (NULL bases are skipped). Use as
 *     if (FQ_GUARD(&g, ...)) { the file shrank under the operation: recover }
 *     ... ; fq_guard_leave(&g);
 * in the function whose frame stays while the guard is armed.
 */
#define FQ_GUARD(g, b1, l1, b2, l2) (fq_guard_arm((g), (b1), (l1), (b2), (l2)), FQ_GUARD_SETJMP((g)->env))

/* The thread's innermost guard, and whether the handler is in place: inline, as they are on every call. */
extern __thread fq_guard_t *fq_guard_top __attribute__((tls_model("initial-exec")));
extern volatile int fq_guard_installed;
void fq_guard_install(void);

static inline void fq_guard_arm(fq_guard_t *g, unsigned char **base1, const size_t *len1,
                                unsigned char **base2, const size_t *len2)
{
	if (!fq_guard_installed) {
		fq_guard_install();
	}
	g->base1 = base1;
	g->len1 = len1;
	g->base2 = base2;
	g->len2 = len2;
	g->prev = fq_guard_top;
	fq_guard_top = g;
}

/* Disarms g (after a jump back too: the guard is already gone then, and this does nothing). */
static inline void fq_guard_leave(fq_guard_t *g)
{
	if (fq_guard_top == g) {
		fq_guard_top = g->prev;
	}
}

#endif /* _WIN32 */
#endif /* FQ_CORE_GUARD_H */
