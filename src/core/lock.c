#include "platform.h"
#include "lock.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"

#ifdef FQ_LOCK_HAVE_MUTEX
/*
 * The mutex's room: the pthread_mutex_t, then who holds it, written by the
 * holder after it got the lock: its pid and pid namespace (for the timeout's
 * message) and its thread (a thread asking again through another handle
 * would wait for itself). The mutex's own owner field is a thread id of the
 * owner's pid namespace, which another namespace cannot read.
 */
# define FQ_LOCK_HOLDER_OFF 64
typedef struct fq_lock_holder {
	uint64_t who;       /* pid << 32 | the thread (pthread_self(), folded): one word, read and written whole */
	uint64_t pidns;     /* inode of /proc/self/ns/pid, 0 when not known */
	uint64_t want;      /* when (fq_now_ns()) a locker began to wait, 0: none said; see fq_lock_yield() */
} fq_lock_holder_t;
typedef char fq_lock_mutex_fits[sizeof(pthread_mutex_t) <= FQ_LOCK_HOLDER_OFF
	&& FQ_LOCK_HOLDER_OFF + sizeof(fq_lock_holder_t) <= FQ_LOCK_MUTEX_SIZE ? 1 : -1];

/*
 * The mutex is not fair: a holder that unlocks and locks again at once wins
 * over the waiter its unlock woke (which needs tens of microseconds to run),
 * so a process pushing delayed frames in a loop (each a few dozen system
 * calls under the lock) kept a consumer out for tens of milliseconds. A
 * locker about to wait writes when it began (want), unless another's time is
 * there; a holder that unlocks when that is older than FQ_LOCK_FAIR_NS leaves
 * the lock alone at its next lock, up to FQ_LOCK_YIELD_NS, until someone has
 * taken it. At most one such pause per FQ_LOCK_FAIR_NS, so contention
 * between equals keeps its throughput; a waiter killed while its time is
 * there costs one pause, whose end clears it.
 */
# define FQ_LOCK_FAIR_NS  2000000
# define FQ_LOCK_YIELD_NS 200000
#endif

/* A bounded flock wait looks again after a sleep that grows from 20 us to 2 ms. */
#define FQ_LOCK_POLL_MIN_NS 20000
#define FQ_LOCK_POLL_MAX_NS 2000000

/* ---- the locks this thread holds ------------------------------------------ */

/*
 * Per thread, the queue files whose lock it holds (by device and inode): a
 * second handle of the same thread asking for one of them would wait for
 * itself for ever. Looked at only when a lock is not free at once.
 */
typedef struct fq_lock_held {
	size_t n, cap;
	fq_lock_id_t *ids;
} fq_lock_held_t;

#ifdef FQ_LOCK_HAVE_MUTEX
typedef struct fq_lock_proc {
	uint64_t pid;
	uint64_t pidns;
} fq_lock_proc_t;
static fq_lock_proc_t fq_lock_me;
#endif
static pthread_key_t fq_lock_held_key;
static pthread_once_t fq_lock_held_once = PTHREAD_ONCE_INIT;
static int fq_lock_held_ok;

/*
 * This thread's table, once made: a look on every lock and unlock, so kept
 * where the guard keeps its pointer (initial-exec TLS, a plain load) rather
 * than behind pthread_once() and pthread_getspecific(). The key remains, for
 * its destructor.
 */
static __thread fq_lock_held_t *fq_lock_mine __attribute__((tls_model("initial-exec")));

/* This thread's table, if it has one (no pthread_once: also from the fork hook). */
static fq_lock_held_t *fq_lock_ok_held(void)
{
	return fq_lock_mine;
}

static void fq_lock_held_free(void *arg)
{
	fq_lock_held_t *h = arg;

	fq_lock_mine = NULL;  /* runs in the exiting thread: a later lock there starts a new table */
	free(h->ids);
	free(h);
}

/* In a forked child: no lock held, and another pid. */
static void fq_lock_forget_all(void)
{
	fq_lock_held_t *h = fq_lock_ok_held();

	if (h != NULL) {
		h->n = 0;
	}
#ifdef FQ_LOCK_HAVE_MUTEX
	fq_lock_me.pid = 0;
#endif
}

static void fq_lock_held_init(void)
{
	fq_lock_held_ok = pthread_key_create(&fq_lock_held_key, fq_lock_held_free) == 0;
	/* A forked child holds none of them: its handles reopen their files. */
	pthread_atfork(NULL, NULL, fq_lock_forget_all);
}

static fq_lock_held_t *fq_lock_held(int create)
{
	fq_lock_held_t *h = fq_lock_mine;

	if (h != NULL || !create) {
		return h;
	}
	pthread_once(&fq_lock_held_once, fq_lock_held_init);
	if (!fq_lock_held_ok) {
		return NULL;
	}
	h = calloc(1, sizeof(*h));
	if (h != NULL && pthread_setspecific(fq_lock_held_key, h) != 0) {
		free(h);
		h = NULL;
	}
	fq_lock_mine = h;
	return h;
}

static int fq_lock_held_by_me(const fq_lock_id_t *id)
{
	fq_lock_held_t *h = fq_lock_held(0);
	size_t i;

	for (i = 0; h != NULL && i < h->n; i++) {
		if (h->ids[i].dev == id->dev && h->ids[i].ino == id->ino) {
			return 1;
		}
	}
	return 0;
}

/* Best effort: without room, only the self-deadlock check is lost. */
static void fq_lock_held_add(const fq_lock_id_t *id)
{
	fq_lock_held_t *h = fq_lock_mine;

	if (h != NULL && h->n < h->cap) {
		h->ids[h->n++] = *id;  /* on every lock: the table is there, with room */
		return;
	}
	h = fq_lock_held(1);
	if (h == NULL) {
		return;
	}
	if (h->n == h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 8;
		fq_lock_id_t *ids = realloc(h->ids, cap * sizeof(*ids));

		if (ids == NULL) {
			return;
		}
		h->ids = ids;
		h->cap = cap;
	}
	h->ids[h->n++] = *id;
}

void fq_lock_forget(const fq_lock_id_t *id)
{
	fq_lock_held_t *h = fq_lock_mine;  /* on every unlock: a plain load, as fq_lock_held_add() does */
	size_t i;

	/* Newest first: locks are let go in the reverse order, mostly (then the first look finds it). */
	for (i = h != NULL ? h->n : 0; i-- > 0;) {
		if (h->ids[i].dev == id->dev && h->ids[i].ino == id->ino) {
			h->ids[i] = h->ids[--h->n];
			return;
		}
	}
}

static int fq_lock_self_deadlock(const char *path, fq_error_t *err)
{
	return fq_error_set(err, FQ_ESTATE,
		"queue '%s' is locked by another handle of this process (in its transaction or callback)", path);
}

/* ---- who holds it: for the timeout's message -------------------------------- */

/* The pid holding a flock on the file (from /proc/locks), 0 when not known. */
static long fq_lock_flock_holder(const fq_lock_id_t *id)
{
	char line[256], want[64];
	long pid = 0;
	FILE *f = fopen("/proc/locks", "re");

	if (f == NULL) {
		return 0;
	}
	snprintf(want, sizeof(want), " %02x:%02x:%llu ", (unsigned) major((dev_t) id->dev), (unsigned) minor((dev_t) id->dev),
		(unsigned long long) id->ino);
	while (pid == 0 && fgets(line, sizeof(line), f) != NULL) {
		char *at = strstr(line, want);

		if (at != NULL && strstr(line, "FLOCK") != NULL && strstr(line, "->") == NULL) {
			/* "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF": the pid stands right before the file */
			while (at > line && at[-1] == ' ') {
				at--;
			}
			while (at > line && at[-1] >= '0' && at[-1] <= '9') {
				at--;
			}
			pid = strtol(at, NULL, 10);
		}
	}
	fclose(f);
	return pid;
}

static int fq_lock_timeout(const char *path, int64_t timeout_ns, long holder, fq_error_t *err)
{
	if (holder > 0) {
		return fq_error_set(err, FQ_ETIMEOUT, "lock '%s': not had within %.3f s (held by pid %ld)",
			path, timeout_ns / 1e9, holder);
	}
	return fq_error_set(err, FQ_ETIMEOUT, "lock '%s': not had within %.3f s", path, timeout_ns / 1e9);
}

/* ---- flock --------------------------------------------------------------------- */

static int fq_flock(int fd, int op, const char *path, fq_error_t *err)
{
	int rc;

	do {
		rc = flock(fd, op);
	} while (rc != 0 && errno == EINTR);
	if (rc != 0) {
		if ((op & LOCK_NB) && errno == EWOULDBLOCK) {
			return fq_error_set(err, FQ_ETIMEOUT, "flock '%s': held by another process", path);
		}
		return fq_error_sys(err, errno, "flock", path);
	}
	return FQ_OK;
}

/*
 * op (LOCK_EX or LOCK_SH) within timeout_ns (-1: for ever). id, when given,
 * names the file for the timeout's message; with mine, a lock this thread
 * holds through another descriptor is an error instead of a wait for itself.
 */
static int fq_flock_within(int fd, int op, const fq_lock_id_t *id, int mine, const char *path, int64_t timeout_ns,
                           fq_error_t *err)
{
	int64_t deadline, pause = FQ_LOCK_POLL_MIN_NS;
	int rc = fq_flock(fd, op | LOCK_NB, path, err);

	if (rc != FQ_ETIMEOUT) {
		return rc;
	}
	if (mine && id != NULL && fq_lock_held_by_me(id)) {
		return fq_lock_self_deadlock(path, err);
	}
	if (timeout_ns < 0) {
		return fq_flock(fd, op, path, err);
	}
	/* flock(2) has no timeout: look again after a growing pause until the deadline. */
	deadline = fq_now_ns() + timeout_ns;
	for (;;) {
		int64_t left = deadline - fq_now_ns();
		struct timespec ts;

		if (left <= 0) {
			return fq_lock_timeout(path, timeout_ns, id != NULL ? fq_lock_flock_holder(id) : 0, err);
		}
		if (pause > left) {
			pause = left;
		}
		ts.tv_sec = (time_t) (pause / 1000000000);
		ts.tv_nsec = (long) (pause % 1000000000);
		nanosleep(&ts, NULL);
		rc = fq_flock(fd, op | LOCK_NB, path, err);
		if (rc != FQ_ETIMEOUT) {
			return rc;
		}
		pause = pause * 2 > FQ_LOCK_POLL_MAX_NS ? FQ_LOCK_POLL_MAX_NS : pause * 2;
	}
}

int fq_lock_ex(int fd, const fq_lock_id_t *id, const char *path, int64_t timeout_ns, fq_error_t *err)
{
	int rc;

	/* Free at once, the common case: one system call, nothing else to look at. */
	if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
		rc = FQ_OK;
	} else if (errno == EWOULDBLOCK || errno == EINTR) {
		rc = fq_flock_within(fd, LOCK_EX, id, 1, path, timeout_ns, err);
	} else {
		return fq_error_sys(err, errno, "flock", path);  /* a failure, not a holder: not tried again */
	}

	if (rc == FQ_OK && id != NULL) {
		fq_lock_held_add(id);
	}
	return rc;
}

int fq_lock_un(int fd, const fq_lock_id_t *id, const char *path, fq_error_t *err)
{
	if (id != NULL) {
		fq_lock_forget(id);
	}
	if (flock(fd, LOCK_UN) == 0) {
		return FQ_OK;
	}
	return errno == EINTR ? fq_flock(fd, LOCK_UN, path, err) : fq_error_sys(err, errno, "flock", path);
}

int fq_lock_open(int fd, const char *path, int64_t timeout_ns, int *alone, fq_error_t *err)
{
	int rc = fq_flock(fd, LOCK_EX | LOCK_NB, path, err);

	struct stat st;
	fq_lock_id_t id;

	*alone = rc == FQ_OK;
	if (rc != FQ_ETIMEOUT) {
		return rc;
	}
	/* The shared lock waits only for an opener setting the file up (or a stranger's flock): named if it times out. */
	if (fstat(fd, &st) != 0) {
		return fq_error_sys(err, errno, "fstat", path);
	}
	id.dev = (uint64_t) st.st_dev;
	id.ino = (uint64_t) st.st_ino;
	return fq_flock_within(fd, LOCK_SH, &id, 0, path, timeout_ns, err);
}

int fq_lock_share(int fd, const char *path, fq_error_t *err)
{
	return fq_flock(fd, LOCK_SH, path, err);
}

int fq_lock_drop(int fd, const char *path, fq_error_t *err)
{
	return fq_flock(fd, LOCK_UN, path, err);
}

/* ---- the robust mutex -------------------------------------------------------- */

#ifdef FQ_LOCK_HAVE_MUTEX
int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err)
{
	pthread_mutexattr_t attr;
	int rc;

	memset(mem, 0, FQ_LOCK_MUTEX_SIZE);
	rc = pthread_mutexattr_init(&attr);
	if (rc == 0) {
		pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
		pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
		/*
		 * A normal one, not error-checking: the owner it records is a thread id
		 * of the owner's pid namespace, so two processes of two namespaces may
		 * share one, and an error-checking mutex would tell the second "you hold
		 * it already". A thread's own second handle is caught by the table above.
		 */
		pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_NORMAL);
		rc = pthread_mutex_init((pthread_mutex_t *) mem, &attr);
		pthread_mutexattr_destroy(&attr);
	}
	return rc != 0 ? fq_error_sys(err, rc, "pthread_mutex_init", path) : FQ_OK;
}

/*
 * This process, as the holder record names it: pid and pid namespace, looked
 * up again after a fork. The holder word adds the thread: one word, because a
 * record written by several processes must not be read in pieces (the pid of
 * one holder with the thread of the next would look like our own).
 */

static const fq_lock_proc_t *fq_lock_self(void)
{
	if (fq_lock_me.pid == 0) {
		struct stat st;

		pthread_once(&fq_lock_held_once, fq_lock_held_init);  /* the fork hook that forgets it */
		fq_lock_me.pidns = stat("/proc/self/ns/pid", &st) == 0 ? (uint64_t) st.st_ino : 0;
		fq_lock_me.pid = (uint64_t) getpid();
	}
	return &fq_lock_me;
}

/* The holder word of this thread of this process. */
static uint64_t fq_lock_who(const fq_lock_proc_t *me)
{
	uintptr_t t = (uintptr_t) pthread_self();

	return me->pid << 32 | (uint32_t) (t >> 12 ^ t);
}

static fq_lock_holder_t *fq_lock_holder_of(void *mutex)
{
	return (fq_lock_holder_t *) (void *) ((unsigned char *) mutex + FQ_LOCK_HOLDER_OFF);
}

/* The lock this thread let go while a waiter starved, and that waiter's time (fq_lock_yield()). */
static __thread void *fq_lock_yield_to __attribute__((tls_model("initial-exec")));
static __thread uint64_t fq_lock_yield_want __attribute__((tls_model("initial-exec")));

/* Clears the waiter's time if it is still t (another waiter may have written its own since). */
static void fq_lock_want_clear(fq_lock_holder_t *holder, uint64_t t)
{
	__atomic_compare_exchange_n(&holder->want, &t, 0, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
}

/* Leaves the lock free, up to FQ_LOCK_YIELD_NS, until someone takes it or the starved waiter's time goes. */
static void fq_lock_yield(fq_lock_holder_t *holder, uint64_t want)
{
	int64_t until = fq_now_ns() + FQ_LOCK_YIELD_NS;

	while (__atomic_load_n(&holder->want, __ATOMIC_RELAXED) == want
			&& __atomic_load_n(&holder->who, __ATOMIC_RELAXED) == 0) {
		if (fq_now_ns() >= until) {
			/* nobody came: the time of a waiter that is gone (killed) */
			fq_lock_want_clear(holder, want);
			return;
		}
		sched_yield();  /* on one CPU the waiter runs only when this thread does not */
	}
}

static int fq_lock_mutex(void *mutex, const fq_lock_id_t *id, const char *path, int64_t timeout_ns,
                         uint64_t *recovered, fq_error_t *err)
{
	pthread_mutex_t *m = mutex;
	fq_lock_holder_t *holder = fq_lock_holder_of(mutex);
	const fq_lock_proc_t *me;
	uint64_t since = 0, none = 0;
	int rc;

	(void) id;
	if (fq_lock_yield_to == mutex) {
		fq_lock_yield_to = NULL;
		fq_lock_yield(holder, fq_lock_yield_want);
	}
	rc = pthread_mutex_trylock(m);
	if (rc == EBUSY) {
		me = fq_lock_self();
		if (__atomic_load_n(&holder->who, __ATOMIC_RELAXED) == fq_lock_who(me) && holder->pidns == me->pidns) {
			return fq_lock_self_deadlock(path, err);
		}
		since = (uint64_t) fq_now_ns();
		if (!__atomic_compare_exchange_n(&holder->want, &none, since, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
			since = 0;  /* another waiter's time is there, older */
		}
		if (timeout_ns < 0) {
			rc = pthread_mutex_lock(m);
		} else {
			struct timespec at;

# if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 30))
			int64_t deadline = (since != 0 ? (int64_t) since : fq_now_ns()) + timeout_ns;

			at.tv_sec = (time_t) (deadline / 1000000000);
			at.tv_nsec = (long) (deadline % 1000000000);
			rc = pthread_mutex_clocklock(m, CLOCK_MONOTONIC, &at);
# else
			clock_gettime(CLOCK_REALTIME, &at);
			at.tv_sec += (time_t) (timeout_ns / 1000000000);
			at.tv_nsec += (long) (timeout_ns % 1000000000);
			if (at.tv_nsec >= 1000000000) {
				at.tv_sec++;
				at.tv_nsec -= 1000000000;
			}
			rc = pthread_mutex_timedlock(m, &at);
# endif
		}
		if (since != 0) {
			/* had, or given up: no longer waiting */
			fq_lock_want_clear(holder, since);
		}
		if (rc == ETIMEDOUT) {
			long pid = (long) (__atomic_load_n(&holder->who, __ATOMIC_RELAXED) >> 32);
			uint64_t pidns = holder->pidns;

			if (pidns != me->pidns && pidns != 0 && me->pidns != 0) {
				return fq_error_set(err, FQ_ETIMEOUT,
					"lock '%s': not had within %.3f s (held by pid %ld of another pid namespace)",
					path, timeout_ns / 1e9, pid);
			}
			return fq_lock_timeout(path, timeout_ns, pid, err);
		}
	}
	if (rc == EOWNERDEAD) {
		/* The holder died mid-operation: the lock is the caller's, the holder's change its to undo. */
		pthread_mutex_consistent(m);
		(*recovered)++;
		rc = 0;
	}
	if (rc != 0) {
		return fq_error_sys(err, rc, "lock", path);
	}
	me = fq_lock_self();
	holder->pidns = me->pidns;
	__atomic_store_n(&holder->who, fq_lock_who(me), __ATOMIC_RELAXED);
	return FQ_OK;
}
#else
int fq_lock_mutex_init(void *mem, const char *path, fq_error_t *err)
{
	(void) mem;
	return fq_error_set(err, FQ_ESTATE, "no process-shared mutex on this platform for '%s'", path);
}
#endif

int fq_lock_acquire(int fd, void *mutex, const fq_lock_id_t *id, const char *path, int64_t timeout_ns,
                    uint64_t *recovered, fq_error_t *err)
{
#ifdef FQ_LOCK_HAVE_MUTEX
	if (mutex != NULL) {
		return fq_lock_mutex(mutex, id, path, timeout_ns, recovered, err);
	}
#else
	(void) mutex;
	(void) recovered;
#endif
	return fq_lock_ex(fd, id, path, timeout_ns, err);
}

int fq_lock_release(int fd, void *mutex, const fq_lock_id_t *id, const char *path, fq_error_t *err)
{
#ifdef FQ_LOCK_HAVE_MUTEX
	if (mutex != NULL) {
		fq_lock_holder_t *holder = fq_lock_holder_of(mutex);
		uint64_t want = __atomic_load_n(&holder->want, __ATOMIC_RELAXED);
		int rc;

		if (want != 0 && (uint64_t) fq_now_ns() - want > FQ_LOCK_FAIR_NS) {
			fq_lock_yield_to = mutex;  /* a waiter starves: this thread's next lock of it lets it in first */
			fq_lock_yield_want = want;
		}
		/* no longer this thread's: a later wait must not look like its own */
		__atomic_store_n(&holder->who, 0, __ATOMIC_RELAXED);
		rc = pthread_mutex_unlock((pthread_mutex_t *) mutex);
		return rc == 0 ? FQ_OK : fq_error_sys(err, rc, "unlock", path);
	}
#else
	(void) mutex;
#endif
	return fq_lock_un(fd, id, path, err);
}
