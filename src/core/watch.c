#include "platform.h"
#include "watch.h"

#include <errno.h>
#include <string.h>

#include "fdio.h"

#if defined(__linux__) && defined(__has_include)
# if __has_include(<linux/io_uring.h>) && __has_include(<sys/inotify.h>)
#  include <linux/io_uring.h>
#  if defined(IORING_SETUP_COOP_TASKRUN) && defined(IORING_FEAT_SINGLE_MMAP)
#   define FQ_WATCH_URING 1
#  endif
# endif
#endif

enum {
	FQ_WATCH_COUNTING = 0,  /* looked at with statx(), looks counted */
	FQ_WATCH_ON,            /* watched */
	FQ_WATCH_NEVER          /* this file cannot be watched (until it is reopened) */
};

void fq_watch_init(fq_watch_t *w)
{
	memset(w, 0, sizeof(*w));
	w->state = FQ_WATCH_COUNTING;
}

#ifndef FQ_WATCH_URING

int fq_watch_due(fq_watch_t *w)
{
	(void) w;
	return 0;
}

int fq_watch_start(fq_watch_t *w, int fd, const char *path)
{
	(void) fd;
	(void) path;
	w->state = FQ_WATCH_NEVER;
	return -1;
}

int fq_watch_quiet(const fq_watch_t *w)
{
	(void) w;
	return 0;
}

int fq_watch_rearm(fq_watch_t *w)
{
	(void) w;
	return 0;
}

void fq_watch_stop(fq_watch_t *w)
{
	w->state = FQ_WATCH_COUNTING;
}

void fq_watch_shutdown(void)
{
}

#else

# include <limits.h>
# include <poll.h>
# include <unistd.h>
# include <pthread.h>
# include <stdio.h>
# include <stdlib.h>
# include <sys/inotify.h>
# include <sys/mman.h>
# include <sys/syscall.h>

/* What makes an open file stop being the one its path names, or lose its name. */
# define FQ_WATCH_FILE_EVENTS (IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
/*
 * A directory of the path: renamed or removed. Only events of the directory
 * itself: with one that its entries can have too (IN_ATTRIB, IN_MODIFY, ...)
 * the kernel reports every open, write and close of every file in it to the
 * watch's parent check, which made each push 10% slower (and every other
 * process's file calls there too).
 */
# define FQ_WATCH_DIR_EVENTS (IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)

/* One inotify watch of the thread, shared by the handles of one inode. */
typedef struct fq_watch_slot {
	int wd;                 /* -1: free */
	unsigned refs;
	uint64_t serial;        /* unique per taking: a handle's claim on a slot reused since is void */
} fq_watch_slot_t;

/* The thread's watcher. */
enum {
	FQ_WATCHER_NONE = 0,    /* not set up: the next start tries */
	FQ_WATCHER_ON,          /* working */
	FQ_WATCHER_OFF          /* this system cannot (no io_uring, FILEQ_WATCH=0, a refused poll): never again */
};

typedef struct fq_watcher {
	int state;
	int ring, inotify;
	uint64_t gen;           /* unique per setup in this process and its children */
	void *rings, *sqes;
	size_t rings_len, sqes_len;
	unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
	const struct io_uring_cqe *cqes;
	uint64_t reports;       /* completions taken in: a file looked at before the latest must look again */
	uint64_t epoch;         /* bumped when the kernel dropped a watch a handle holds: every handle restarts */
	uint64_t serials;
	fq_watch_slot_t *slots;
	size_t nslots, cap;
} fq_watcher_t;

/*
 * Each thread's watcher lives in a block a thread key owns (not a plain
 * __thread variable: dynamic TLS of a dlopen()ed module allocated late, at
 * shutdown, crashed LeakSanitizer's tracer). The key's destructor releases a
 * thread's watcher when the thread ends (ZTS), and a fork handler drops the
 * copy a child inherits (its ring posts to the parent). Every lock looks the
 * block up, so its address is also kept where lock.c keeps its table's
 * (initial-exec TLS, static: a plain load instead of pthread_getspecific()).
 */
static uint64_t fq_watcher_generation;
static pthread_mutex_t fq_watcher_hooks_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t fq_watcher_key;
static int fq_watcher_key_ok, fq_watcher_atfork_ok;
static __thread fq_watcher_t *fq_watcher_mine __attribute__((tls_model("initial-exec")));

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
	free(x->slots);
	memset(x, 0, sizeof(*x));
	x->ring = x->inotify = -1;
	x->state = state;
}

static void fq_watcher_thread_end(void *arg)
{
	fq_watcher_mine = NULL;  /* runs in the ending thread */
	fq_watcher_reset(arg, FQ_WATCHER_NONE);
	free(arg);
}

/* The calling thread's watcher: NULL when it has none (and create is 0, or it cannot have one). */
static fq_watcher_t *fq_watcher_self(int create)
{
	fq_watcher_t *x = fq_watcher_mine;

	if (x == NULL && create && fq_watcher_key_ok) {
		x = calloc(1, sizeof(*x));
		if (x == NULL) {
			return NULL;
		}
		x->ring = x->inotify = -1;
		if (pthread_setspecific(fq_watcher_key, x) != 0) {
			free(x);
			return NULL;
		}
		fq_watcher_mine = x;
	}
	return x;
}

static void fq_watcher_atfork_child(void)
{
	/* Only the forking thread survives: its copy must not touch the parent's ring or watches. */
	fq_watcher_t *x = fq_watcher_self(0);

	if (x != NULL && x->state != FQ_WATCHER_NONE) {
		fq_watcher_reset(x, x->state == FQ_WATCHER_OFF ? FQ_WATCHER_OFF : FQ_WATCHER_NONE);
	}
}

static int fq_watcher_hooks(void)
{
	int ok;

	pthread_mutex_lock(&fq_watcher_hooks_lock);
	if (!fq_watcher_key_ok) {
		fq_watcher_key_ok = pthread_key_create(&fq_watcher_key, fq_watcher_thread_end) == 0;
	}
	if (!fq_watcher_atfork_ok) {
		fq_watcher_atfork_ok = pthread_atfork(NULL, NULL, fq_watcher_atfork_child) == 0;
	}
	ok = fq_watcher_key_ok && fq_watcher_atfork_ok;
	pthread_mutex_unlock(&fq_watcher_hooks_lock);
	return ok ? 0 : -1;
}

/* 0 when set up; -1 with x->state telling whether to try again later. */
static int fq_watcher_setup(fq_watcher_t *x)
{
	const char *env = getenv("FILEQ_WATCH");
	struct io_uring_params p;
	long ring;

	memset(x, 0, sizeof(*x));
	x->ring = x->inotify = -1;
	x->state = FQ_WATCHER_OFF;
	if (env != NULL && strcmp(env, "0") == 0) {
		return -1;  /* turned off: statx per call (also how the tests cover that path) */
	}
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_COOP_TASKRUN;
	ring = syscall(__NR_io_uring_setup, 2, &p);
	if (ring < 0 && (errno == EMFILE || errno == ENFILE || errno == ENOMEM)) {
		x->state = FQ_WATCHER_NONE;  /* short of resources now: try again with the next file */
	}
	if (ring < 0 || !(p.features & IORING_FEAT_SINGLE_MMAP)) {
		/* ENOSYS, EPERM (seccomp, io_uring_disabled), EINVAL (before 5.19) */
		if (ring >= 0) {
			close((int) ring);
		}
		return -1;
	}
	x->state = FQ_WATCHER_NONE;
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
		if (x->inotify < 0 && (errno == EMFILE || errno == ENFILE || errno == ENOMEM)) {
			return -1;  /* inotify instances used up (per user): another file may try later */
		}
		x->state = FQ_WATCHER_OFF;
		return -1;
	}
	x->gen = __atomic_add_fetch(&fq_watcher_generation, 1, __ATOMIC_RELAXED);
	x->state = FQ_WATCHER_ON;
	return 0;
}

/* The thread's watcher, set up on first use; NULL when it cannot watch now. */
static fq_watcher_t *fq_watcher_get(void)
{
	fq_watcher_t *x = fq_watcher_hooks() == 0 ? fq_watcher_self(1) : NULL;

	if (x == NULL) {
		return NULL;
	}
	if (x->state == FQ_WATCHER_NONE && fq_watcher_setup(x) != 0) {
		fq_watcher_reset(x, x->state);
	}
	return x->state == FQ_WATCHER_ON ? x : NULL;
}

/* The watcher w was started on, if it is this thread's and still working: NULL for a handle from before a fork or reset. */
static fq_watcher_t *fq_watcher_of(const fq_watch_t *w)
{
	fq_watcher_t *x = w->state == FQ_WATCH_ON ? fq_watcher_self(0) : NULL;

	return x != NULL && w->gen == x->gen && x->state == FQ_WATCHER_ON ? x : NULL;
}

static fq_watch_slot_t *fq_watcher_slot_of(fq_watcher_t *x, int wd)
{
	size_t i;

	for (i = 0; i < x->nslots; i++) {
		if (x->slots[i].wd == wd) {
			return &x->slots[i];
		}
	}
	return NULL;
}

/* Records a watch the handle holds (inotify gives one wd per inode: handles share it). -1 when out of memory. */
static int fq_watcher_take(fq_watcher_t *x, fq_watch_t *w, int wd)
{
	fq_watch_slot_t *slot = fq_watcher_slot_of(x, wd);

	if (slot == NULL) {
		slot = fq_watcher_slot_of(x, -1);  /* a free one */
	}
	if (slot == NULL) {
		if (x->nslots == x->cap) {
			size_t cap = x->cap ? x->cap * 2 : 8;
			fq_watch_slot_t *slots = realloc(x->slots, cap * sizeof(*slots));

			if (slots == NULL) {
				return -1;
			}
			x->slots = slots;
			x->cap = cap;
		}
		slot = &x->slots[x->nslots++];
		slot->wd = -1;
	}
	if (slot->wd != wd) {
		slot->wd = wd;
		slot->refs = 0;
		slot->serial = ++x->serials;
	}
	slot->refs++;
	w->slot[w->n] = (unsigned) (slot - x->slots);
	w->serial[w->n] = slot->serial;
	w->n++;
	return 0;
}

/* Gives back the handle's watches; a watch no handle holds any more is removed. */
static void fq_watcher_drop(fq_watcher_t *x, fq_watch_t *w)
{
	unsigned i;

	for (i = 0; i < w->n; i++) {
		fq_watch_slot_t *slot = w->slot[i] < x->nslots ? &x->slots[w->slot[i]] : NULL;

		if (slot != NULL && slot->wd >= 0 && slot->serial == w->serial[i] && --slot->refs == 0) {
			inotify_rm_watch(x->inotify, slot->wd);
			slot->wd = -1;
		}
	}
	w->n = 0;
}

/* Forgets every watch (the kernel may have dropped some unseen): each handle restarts its own. */
static void fq_watcher_forget(fq_watcher_t *x)
{
	size_t i;

	for (i = 0; i < x->nslots; i++) {
		if (x->slots[i].wd >= 0) {
			inotify_rm_watch(x->inotify, x->slots[i].wd);
			x->slots[i].wd = -1;
		}
	}
	x->epoch++;
}

/*
 * Empties the inotify queue, so that the next poll waits for a new event. A
 * watch the kernel dropped while a handle holds it (its file or directory was
 * deleted, its file system went away) would leave that handle unwatched: the
 * epoch moves on and every handle starts its watches again. An overflowed
 * queue may have hidden such a drop: the same, for all.
 */
static void fq_watcher_drain(fq_watcher_t *x)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	fq_watch_slot_t *slot;
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

			if (ev->mask & IN_Q_OVERFLOW) {
				fq_watcher_forget(x);
			} else if ((ev->mask & IN_IGNORED) && (slot = fq_watcher_slot_of(x, ev->wd)) != NULL) {
				slot->wd = -1;  /* its handles find their claim void */
				x->epoch++;
			}
			off += (ssize_t) sizeof(struct inotify_event) + ev->len;
		}
	}
}

/* Whether inotify sees every change to files of this file system: not so for network and FUSE ones. */
static int fq_watch_local(int fd)
{
	static const unsigned long local[] = {
		0xEF53UL,       /* ext2, ext3, ext4 */
		0x58465342UL,   /* xfs */
		0x9123683EUL,   /* btrfs */
		0x01021994UL,   /* tmpfs */
		0xF2F52010UL,   /* f2fs */
		0x2FC12FC1UL,   /* zfs */
		0x794C7630UL,   /* overlayfs (containers) */
		0xCA451A4EUL,   /* bcachefs */
		0x52654973UL,   /* reiserfs */
		0x3153464AUL,   /* jfs */
	};
	return fq_io_fs_is(fd, local, sizeof(local) / sizeof(local[0]));
}

/*
 * Whether path names its file through plain directories only: absolute, no
 * symbolic link, ".", ".." or doubled slash (realpath() gives it back as it
 * is), and few enough directories for the slots.
 */
static int fq_watch_plain_path(const char *path)
{
	char *real;
	unsigned dirs = 0;
	const char *p;
	int same;

	if (path[0] != '/') {
		return 0;
	}
	for (p = path + 1; *p != '\0'; p++) {
		dirs += *p == '/';
	}
	if (dirs + 1 > FQ_WATCH_SLOTS) {
		return 0;
	}
	real = realpath(path, NULL);
	same = real != NULL && strcmp(real, path) == 0;
	free(real);
	return same;
}

int fq_watch_due(fq_watch_t *w)
{
	if (w->state != FQ_WATCH_COUNTING) {
		return 0;
	}
	if (w->looks < FQ_WATCH_LOOKS) {
		w->looks++;
	}
	return w->looks >= FQ_WATCH_LOOKS;
}

int fq_watch_start(fq_watch_t *w, int fd, const char *path)
{
	fq_watcher_t *x;
	char name[PATH_MAX];
	size_t i;
	int wd;

	w->n = 0;
	w->state = FQ_WATCH_NEVER;
	if ((path != NULL && !fq_watch_plain_path(path)) || !fq_watch_local(fd) || (x = fq_watcher_get()) == NULL) {
		return -1;
	}
	/* The file through /proc: the path itself may already name another file. */
	snprintf(name, sizeof(name), "/proc/self/fd/%d", fd);
	wd = inotify_add_watch(x->inotify, name, FQ_WATCH_FILE_EVENTS);
	if (wd < 0 || fq_watcher_take(x, w, wd) != 0) {
		goto fail;  /* no /proc, or fs.inotify.max_user_watches reached */
	}
	/* Then each directory the path goes through, "/" aside: none may be renamed or removed unseen. */
	for (i = 1; path != NULL && path[i] != '\0'; i++) {
		if (path[i] != '/') {
			continue;
		}
		memcpy(name, path, i);
		name[i] = '\0';
		wd = inotify_add_watch(x->inotify, name, FQ_WATCH_DIR_EVENTS);
		if (wd < 0 || fq_watcher_take(x, w, wd) != 0) {
			goto fail;
		}
	}
	w->gen = x->gen;
	w->epoch = x->epoch;
	/* A change between the open and the watch went unreported: the first check looks. */
	w->seen = x->reports - 1;
	w->state = FQ_WATCH_ON;
	return 0;

fail:
	fq_watcher_drop(x, w);
	return -1;
}

int fq_watch_quiet(const fq_watch_t *w)
{
	const fq_watcher_t *x = fq_watcher_of(w);

	if (x == NULL || w->seen != x->reports || w->epoch != x->epoch) {
		return 0;
	}
	/* The kernel moves the tail when it posts the poll's completion; this thread owns the head. */
	return __atomic_load_n(x->cq_tail, __ATOMIC_ACQUIRE) == *x->cq_head;
}

int fq_watch_rearm(fq_watch_t *w)
{
	fq_watcher_t *x;
	unsigned tail;

	if (w->state != FQ_WATCH_ON) {
		return 0;
	}
	x = fq_watcher_of(w);
	if (x != NULL) {
		tail = __atomic_load_n(x->cq_tail, __ATOMIC_ACQUIRE);
		if (tail != *x->cq_head) {
			/* A poll the kernel refused (rather than one an event completed) would fail again: give up. */
			int refused = x->cqes[(tail - 1) & *x->cq_mask].res < 0;

			/* In this order: an event after the drain is seen by the new poll at once, or fires it later. */
			__atomic_store_n(x->cq_head, tail, __ATOMIC_RELEASE);
			x->reports++;
			fq_watcher_drain(x);
			if (refused || fq_watcher_arm(x) != 0) {
				fq_watcher_reset(x, FQ_WATCHER_OFF);
				x = NULL;
			}
		}
	}
	if (x == NULL || w->epoch != x->epoch) {
		/* Forked, given up, or one of its watches dropped: unwatched; a new watch is due at once. */
		fq_watch_stop(w);
		return 0;
	}
	w->seen = x->reports;
	return 1;
}

void fq_watch_stop(fq_watch_t *w)
{
	fq_watcher_t *x = fq_watcher_of(w);

	if (x != NULL) {
		fq_watcher_drop(x, w);
	}
	if (w->state == FQ_WATCH_ON) {
		w->looks = FQ_WATCH_LOOKS;  /* it paid for a watch before: a reopened file is watched again at once */
	}
	w->n = 0;
	w->gen = 0;
	w->state = FQ_WATCH_COUNTING;
}

void fq_watch_shutdown(void)
{
	fq_watcher_t *x;

	pthread_mutex_lock(&fq_watcher_hooks_lock);
	if (fq_watcher_key_ok) {
		x = pthread_getspecific(fq_watcher_key);
		if (x != NULL) {
			fq_watcher_reset(x, FQ_WATCHER_NONE);
			free(x);
			pthread_setspecific(fq_watcher_key, NULL);
		}
		fq_watcher_mine = NULL;
		pthread_key_delete(fq_watcher_key);
		fq_watcher_key_ok = 0;
	}
	pthread_mutex_unlock(&fq_watcher_hooks_lock);
}

#endif /* FQ_WATCH_URING */
