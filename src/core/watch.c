#include "platform.h"
#include "watch.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#if defined(__linux__) && defined(__has_include)
# if __has_include(<linux/io_uring.h>) && __has_include(<sys/inotify.h>)
#  include <linux/io_uring.h>
#  if defined(IORING_SETUP_COOP_TASKRUN) && defined(IORING_FEAT_SINGLE_MMAP)
#   define FQ_WATCH_URING 1
#  endif
# endif
#endif

void fq_watch_init(fq_watch_t *w)
{
	w->wd = -1;
	w->seen = 0;
}

#ifndef FQ_WATCH_URING

int fq_watch_start(fq_watch_t *w, int fd)
{
	(void) fd;
	fq_watch_init(w);
	return -1;
}

int fq_watch_quiet(const fq_watch_t *w)
{
	(void) w;
	return 0;
}

void fq_watch_rearm(fq_watch_t *w)
{
	(void) w;
}

void fq_watch_stop(fq_watch_t *w)
{
	fq_watch_init(w);
}

void fq_watch_shutdown(void)
{
}

#else

# include <poll.h>
# include <pthread.h>
# include <stdio.h>
# include <stdlib.h>
# include <sys/inotify.h>
# include <sys/mman.h>
# include <sys/syscall.h>

/* What makes an open file stop being the one its path names, or lose its name. */
# define FQ_WATCH_EVENTS (IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

typedef struct fq_watch_ref {
	int wd;
	unsigned refs;          /* files of this thread sharing the watch: inotify gives one wd per inode */
} fq_watch_ref_t;

/* The thread's watcher. state: 0 not set up, 1 working, -1 unavailable (statx for good). */
typedef struct fq_watcher {
	int state;
	pid_t pid;              /* a forked child inherits this and must build its own */
	int ring, inotify;
	void *rings, *sqes;
	size_t rings_len, sqes_len;
	unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
	const struct io_uring_cqe *cqes;
	uint64_t reports;       /* completions taken in: a file looked at before the latest must look again */
	fq_watch_ref_t *refs;
	size_t nrefs, cap;
} fq_watcher_t;

static __thread fq_watcher_t fq_watcher;

/* Closes a thread's ring and inotify descriptor when the thread ends (ZTS builds start and end threads). */
static pthread_key_t fq_watcher_key;
static pthread_once_t fq_watcher_key_once = PTHREAD_ONCE_INIT;
static int fq_watcher_key_ok;

/* Queues and submits a one-shot poll for input on the inotify descriptor. */
static int fq_watcher_arm(fq_watcher_t *x)
{
	unsigned tail = *x->sq_tail, idx = tail & *x->sq_mask;
	struct io_uring_sqe *sqe = (struct io_uring_sqe *) x->sqes + idx;
	long rc;

	memset(sqe, 0, sizeof(*sqe));
	sqe->opcode = IORING_OP_POLL_ADD;
	sqe->fd = x->inotify;
	sqe->poll32_events = POLLIN;
	x->sq_array[idx] = idx;
	__atomic_store_n(x->sq_tail, tail + 1, __ATOMIC_RELEASE);
	do {
		rc = syscall(__NR_io_uring_enter, x->ring, 1, 0, 0, NULL, 0);
	} while (rc < 0 && errno == EINTR);
	return rc == 1 ? 0 : -1;
}

/* Releases what x holds (in a forked child: its copies only) and leaves it in state. */
static void fq_watcher_reset(fq_watcher_t *x, int state)
{
	if (x->sqes != NULL) {
		munmap(x->sqes, x->sqes_len);
	}
	if (x->rings != NULL) {
		munmap(x->rings, x->rings_len);
	}
	if (x->ring >= 0) {
		close(x->ring);
	}
	if (x->inotify >= 0) {
		close(x->inotify);
	}
	free(x->refs);
	memset(x, 0, sizeof(*x));
	x->ring = x->inotify = -1;
	x->state = state;
}

static void fq_watcher_thread_end(void *arg)
{
	fq_watcher_t *x = arg;

	if (x->pid == getpid()) {
		fq_watcher_reset(x, 0);
	}
}

static void fq_watcher_key_create(void)
{
	fq_watcher_key_ok = pthread_key_create(&fq_watcher_key, fq_watcher_thread_end) == 0;
}

static int fq_watcher_setup(fq_watcher_t *x)
{
	struct io_uring_params p;
	long ring;

	const char *env = getenv("FILEQ_WATCH");

	memset(x, 0, sizeof(*x));
	x->ring = x->inotify = -1;
	x->pid = getpid();
	if (env != NULL && strcmp(env, "0") == 0) {
		return -1;  /* turned off: statx per call (also how the tests cover that path) */
	}
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_COOP_TASKRUN;
	ring = syscall(__NR_io_uring_setup, 2, &p);
	if (ring < 0 || !(p.features & IORING_FEAT_SINGLE_MMAP)) {
		/* ENOSYS, EPERM (seccomp, io_uring_disabled), EINVAL (before 5.19) */
		if (ring >= 0) {
			close((int) ring);
		}
		return -1;
	}
	x->ring = (int) ring;
	x->rings_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
	if (p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe) > x->rings_len) {
		x->rings_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
	}
	x->rings = mmap(NULL, x->rings_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, x->ring,
		IORING_OFF_SQ_RING);
	if (x->rings == MAP_FAILED) {
		x->rings = NULL;
		return -1;
	}
	x->sqes_len = p.sq_entries * sizeof(struct io_uring_sqe);
	x->sqes = mmap(NULL, x->sqes_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, x->ring, IORING_OFF_SQES);
	if (x->sqes == MAP_FAILED) {
		x->sqes = NULL;
		return -1;
	}
	x->sq_tail = (unsigned *) ((char *) x->rings + p.sq_off.tail);
	x->sq_mask = (unsigned *) ((char *) x->rings + p.sq_off.ring_mask);
	x->sq_array = (unsigned *) ((char *) x->rings + p.sq_off.array);
	x->cq_head = (unsigned *) ((char *) x->rings + p.cq_off.head);
	x->cq_tail = (unsigned *) ((char *) x->rings + p.cq_off.tail);
	x->cq_mask = (unsigned *) ((char *) x->rings + p.cq_off.ring_mask);
	x->cqes = (const struct io_uring_cqe *) (const void *) ((char *) x->rings + p.cq_off.cqes);
	x->inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (x->inotify < 0 || fq_watcher_arm(x) != 0) {
		return -1;
	}
	pthread_once(&fq_watcher_key_once, fq_watcher_key_create);
	if (!fq_watcher_key_ok || pthread_setspecific(fq_watcher_key, x) != 0) {
		return -1;
	}
	x->state = 1;
	return 0;
}

/* The thread's watcher, set up on first use (and again in a forked child); NULL when unavailable. */
static fq_watcher_t *fq_watcher_get(void)
{
	fq_watcher_t *x = &fq_watcher;

	if (x->state != 0 && x->pid != getpid()) {
		fq_watcher_reset(x, 0);  /* inherited: the parent's ring posts to the parent */
	}
	if (x->state == 0 && fq_watcher_setup(x) != 0) {
		fq_watcher_reset(x, -1);
		x->pid = getpid();
	}
	return x->state == 1 ? x : NULL;
}

static fq_watch_ref_t *fq_watcher_ref(fq_watcher_t *x, int wd)
{
	size_t i;

	for (i = 0; i < x->nrefs; i++) {
		if (x->refs[i].wd == wd) {
			return &x->refs[i];
		}
	}
	return NULL;
}

/*
 * Empties the inotify queue, so that the next poll waits for a new event. A
 * watch the kernel dropped while a file still uses it (its file system went
 * away) would leave that file unwatched: the thread falls back to statx().
 */
static void fq_watcher_drain(fq_watcher_t *x)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t r, off;

	for (;;) {
		r = read(x->inotify, buf, sizeof(buf));
		if (r < 0 && errno == EINTR) {
			continue;
		}
		if (r <= 0) {
			return;
		}
		for (off = 0; off + (ssize_t) sizeof(struct inotify_event) <= r; ) {
			const struct inotify_event *ev = (const struct inotify_event *) (buf + off);

			if ((ev->mask & IN_IGNORED) && fq_watcher_ref(x, ev->wd) != NULL) {
				x->state = -1;
			}
			off += (ssize_t) sizeof(struct inotify_event) + ev->len;
		}
	}
}

int fq_watch_start(fq_watch_t *w, int fd)
{
	fq_watcher_t *x = fq_watcher_get();
	fq_watch_ref_t *ref;
	char proc[64];
	int wd;

	fq_watch_init(w);
	if (x == NULL) {
		return -1;
	}
	/* Through /proc: the path itself may already name another file. */
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	wd = inotify_add_watch(x->inotify, proc, FQ_WATCH_EVENTS);
	if (wd < 0) {
		return -1;  /* no /proc, or fs.inotify.max_user_watches reached */
	}
	ref = fq_watcher_ref(x, wd);
	if (ref == NULL) {
		if (x->nrefs == x->cap) {
			size_t cap = x->cap ? x->cap * 2 : 8;
			fq_watch_ref_t *refs = realloc(x->refs, cap * sizeof(*refs));

			if (refs == NULL) {
				inotify_rm_watch(x->inotify, wd);
				return -1;
			}
			x->refs = refs;
			x->cap = cap;
		}
		ref = &x->refs[x->nrefs++];
		ref->wd = wd;
		ref->refs = 0;
	}
	ref->refs++;
	w->wd = wd;
	/* A change between the open and the watch went unreported: the first check looks. */
	w->seen = x->reports - 1;
	return 0;
}

int fq_watch_quiet(const fq_watch_t *w)
{
	const fq_watcher_t *x = &fq_watcher;

	if (w->wd < 0 || x->state != 1 || w->seen != x->reports) {
		return 0;
	}
	/* The kernel moves the tail when it posts the poll's completion; this thread owns the head. */
	return __atomic_load_n(x->cq_tail, __ATOMIC_ACQUIRE) == *x->cq_head;
}

void fq_watch_rearm(fq_watch_t *w)
{
	fq_watcher_t *x = &fq_watcher;
	unsigned tail;

	if (w->wd < 0 || x->state != 1) {
		return;
	}
	tail = __atomic_load_n(x->cq_tail, __ATOMIC_ACQUIRE);
	if (tail != *x->cq_head) {
		/* A poll the kernel refused (rather than one an event completed) would fail again: give up. */
		int refused = x->cqes[(tail - 1) & *x->cq_mask].res < 0;

		/* In this order: an event after the drain is seen by the new poll at once, or fires it later. */
		__atomic_store_n(x->cq_head, tail, __ATOMIC_RELEASE);
		x->reports++;
		fq_watcher_drain(x);
		if (refused || (x->state == 1 && fq_watcher_arm(x) != 0)) {
			x->state = -1;
		}
	}
	w->seen = x->reports;
}

void fq_watch_stop(fq_watch_t *w)
{
	fq_watcher_t *x = &fq_watcher;
	fq_watch_ref_t *ref;

	if (w->wd >= 0 && x->state != 0 && x->pid == getpid() && (ref = fq_watcher_ref(x, w->wd)) != NULL
			&& --ref->refs == 0) {
		if (x->inotify >= 0) {
			inotify_rm_watch(x->inotify, ref->wd);
		}
		*ref = x->refs[--x->nrefs];
	}
	fq_watch_init(w);
}

void fq_watch_shutdown(void)
{
	if (fq_watcher_key_ok) {
		pthread_key_delete(fq_watcher_key);
		fq_watcher_key_ok = 0;
	}
}

#endif /* FQ_WATCH_URING */
