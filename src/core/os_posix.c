/* os.h on Linux and other Unixes: mmap, a futex (a short sleep where there is none), pthread_atfork. */
#include "platform.h"
#include "os.h"
#include "clock.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#ifdef __linux__
# include <linux/futex.h>
# include <poll.h>
# include <sys/inotify.h>
# include <sys/syscall.h>
#endif

int fq_map(int fd, const char *path, uint64_t offset, size_t len, unsigned char **base, fq_error_t *err)
{
	void *map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t) offset);

	if (map == MAP_FAILED) {
		return fq_error_sys(err, errno, "mmap", path);
	}
	*base = map;
	return FQ_OK;
}

int fq_map_grow(int fd, const char *path, uint64_t offset, unsigned char **base, size_t len, size_t newlen,
                fq_error_t *err)
{
	void *map;

#ifdef __linux__
	(void) fd;
	(void) offset;
	map = mremap(*base, len, newlen, MREMAP_MAYMOVE);
#else
	map = mmap(NULL, newlen, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t) offset);
	if (map != MAP_FAILED) {
		munmap(*base, len);
	}
#endif
	if (map == MAP_FAILED) {
		return fq_error_sys(err, errno, "mmap", path);
	}
	*base = map;
	return FQ_OK;
}

void fq_unmap(unsigned char *base, size_t len)
{
	munmap(base, len);
}

int fq_map_flush(unsigned char *base, size_t len, const char *path, fq_error_t *err)
{
	(void) base;
	(void) len;
	(void) path;
	(void) err;
	return FQ_OK;
}

int fq_map_keep(unsigned char *base, size_t len)
{
	return mmap(base, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED ? -1 : 0;
}

uint32_t fq_wake_enter(unsigned char *word, unsigned char *waiters)
{
	uint32_t seen = __atomic_load_n((uint32_t *) (void *) word, __ATOMIC_SEQ_CST);

	__atomic_add_fetch((uint32_t *) (void *) waiters, 1, __ATOMIC_SEQ_CST);
	return seen;
}

void fq_wake_leave(unsigned char *waiters)
{
	__atomic_sub_fetch((uint32_t *) (void *) waiters, 1, __ATOMIC_SEQ_CST);
}

volatile sig_atomic_t fq_os_signals;

#ifdef __linux__
/*
 * Before it sleeps, a waiter watches the word for a short while: a hand-off
 * between two processes (a reply pushed a few microseconds later) is then
 * seen without the sleep and the wake-up, which cost tens of microseconds on
 * a virtual machine. Only with another CPU to run the pusher on, and only
 * when the caller asks (the one waiter of the file: a pool of waiters woken
 * together would each burn the spin for one frame); a caught signal ends it
 * as it would end the sleep.
 */
# define FQ_WAKE_SPIN_NS 40000

static int fq_wake_spin(const unsigned char *word, uint32_t seen, int64_t slice_ns, int signals, int *interrupted)
{
	static int cpus;
	int64_t until;
	int i;

	if (cpus == 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);

		cpus = n > 1 ? (int) n : 1;
	}
	if (cpus < 2 || slice_ns <= 0) {
		return 0;
	}
	until = fq_now_ns() + (slice_ns < FQ_WAKE_SPIN_NS ? slice_ns : FQ_WAKE_SPIN_NS);
	do {
		for (i = 0; i < 64; i++) {
			if (__atomic_load_n((const uint32_t *) (const void *) word, __ATOMIC_ACQUIRE) != seen) {
				return 1;
			}
			if (fq_os_signals != signals) {
				*interrupted = 1;
				return 1;
			}
# if defined(__x86_64__) || defined(__i386__)
			__builtin_ia32_pause();
# endif
		}
	} while (fq_now_ns() < until);
	return 0;
}
#endif

int fq_wake_sleep(uint64_t dev, uint64_t ino, unsigned char *word, uint32_t seen, int64_t slice_ns, int spin,
                  int signals)
{
	(void) dev;
	(void) ino;
#ifdef __linux__
	struct timespec ts;
	int interrupted = 0;

	if (spin && fq_wake_spin(word, seen, slice_ns, signals, &interrupted)) {
		return interrupted ? EINTR : 0;
	}
	if (fq_os_signals != signals) {
		return EINTR;  /* caught since the caller registered: its handler is due, the futex would not see it */
	}
	ts.tv_sec = (time_t) (slice_ns / 1000000000);
	ts.tv_nsec = (long) (slice_ns % 1000000000);
	if (syscall(SYS_futex, word, FUTEX_WAIT, seen, &ts, NULL, 0) != 0) {
		return errno;
	}
	return 0;
#else
	/* no futex: look again every 2 ms */
	(void) spin;
	(void) signals;
	(void) word;
	(void) seen;
	(void) slice_ns;
	return fq_os_sleep_ns(2000000) == 0 ? ETIMEDOUT : EINTR;
#endif
}

void fq_wake_all(uint64_t dev, uint64_t ino, unsigned char *word, unsigned char *waiters)
{
	(void) dev;
	(void) ino;
	__atomic_add_fetch((uint32_t *) (void *) word, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n((uint32_t *) (void *) waiters, __ATOMIC_SEQ_CST) != 0) {
#ifdef __linux__
		syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
#endif
	}
}

int fq_change_watch(const char *path, int *watch, fq_error_t *err)
{
#ifdef __linux__
	int fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);

	*watch = -1;
	if (fd < 0 || inotify_add_watch(fd, path, IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVE_SELF
			| IN_DELETE_SELF) < 0) {
		int e = errno;

		if (fd >= 0) {
			close(fd);
		}
		if (e == EMFILE || e == ENFILE || e == ENOSPC || e == ENOMEM) {
			return FQ_OK;  /* inotify instances or watches used up (per user) */
		}
		return fq_error_sys(err, e, "inotify", path);
	}
	*watch = fd;
#else
	(void) path;
	(void) err;
	*watch = -1;
#endif
	return FQ_OK;
}

int fq_change_sleep(int watch, int64_t slice_ns)
{
#ifdef __linux__
	struct pollfd pfd;
	char drain[4096];
	int waited = 0;

	pfd.fd = watch;   /* -1 without inotify: poll() just sleeps */
	pfd.events = POLLIN;
	pfd.revents = 0;
	switch (poll(&pfd, 1, watch < 0 ? 2 : (int) ((slice_ns + 999999) / 1000000))) {
		case -1: waited = errno; break;
		case 0: waited = ETIMEDOUT; break;
		default: break;
	}
	while (watch >= 0 && read(watch, drain, sizeof(drain)) > 0) {
		/* drained: the look after the lock decides */
	}
	return waited;
#else
	(void) watch;
	(void) slice_ns;
	return fq_os_sleep_ns(2000000) == 0 ? ETIMEDOUT : EINTR;
#endif
}

void fq_change_end(int watch)
{
	if (watch >= 0) {
		close(watch);
	}
}

void fq_os_atfork(void (*child)(void))
{
	pthread_atfork(NULL, NULL, child);
}

int fq_os_sleep_ns(int64_t ns)
{
	struct timespec ts;

	ts.tv_sec = (time_t) (ns / 1000000000);
	ts.tv_nsec = (long) (ns % 1000000000);
	return nanosleep(&ts, NULL) != 0 ? errno : 0;
}
