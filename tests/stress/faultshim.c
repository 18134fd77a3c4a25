/*
 * LD_PRELOAD fault injection for tests/stress/faults.php.
 *
 *   FQ_FAULT="call:N:ERRNO[:K],..."   fail the Nth matching call (counted from
 *                                     when this value was set) and the K-1
 *                                     after it (K default 1) with ERRNO
 *                                     (ENOSPC, EIO, EINTR, ...)
 *   FQ_FAULT_PATH=substring           only calls on files whose path holds it
 *   FQ_FAULT_LOG=file                 one line appended per injected fault
 *
 * Calls: fallocate, ftruncate, fdatasync, fsync, open, openat, mmap, mremap,
 * flock (and the *64 variants), inotify_init1 (any caller: it has no file). fd-based calls are matched by the fd's path
 * (/proc/self/fd), mremap by the addresses mmap returned for matching files.
 * FQ_FAULT is read at every call, so a script can putenv() it right before the
 * operation under test and unset it after; a new value restarts the counts.
 *
 * PHP loads extensions with RTLD_DEEPBIND, which makes a module see libc's
 * symbols before any LD_PRELOADed ones; the shim's dlopen() drops that flag so
 * that fileq.so's calls reach the wrappers below.
 *
 * Build: cc -shared -fPIC -O1 -o faultshim.so faultshim.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

enum { C_FALLOCATE, C_FTRUNCATE, C_FDATASYNC, C_FSYNC, C_OPEN, C_OPENAT, C_MMAP, C_MREMAP, C_FLOCK, C_INOTIFY, C_COUNT };
static const char *const names[C_COUNT] = {
	"fallocate", "ftruncate", "fdatasync", "fsync", "open", "openat", "mmap", "mremap", "flock", "inotify_init1"
};

static char spec_seen[512];
static long counts[C_COUNT];
static void *maps[256];

static int (*real_open)(const char *, int, ...);

static void *next(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (f == NULL) {
		abort();
	}
	return f;
}

static int errno_of(const char *s)
{
	static const struct { const char *n; int e; } tab[] = {
		{"ENOSPC", ENOSPC}, {"EIO", EIO}, {"EINTR", EINTR}, {"ENOMEM", ENOMEM}, {"EAGAIN", EAGAIN},
		{"EDQUOT", EDQUOT}, {"EACCES", EACCES}, {"EMFILE", EMFILE}, {"ENOLCK", ENOLCK}, {"EFBIG", EFBIG},
	};
	size_t i;

	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
		if (strcmp(s, tab[i].n) == 0) {
			return tab[i].e;
		}
	}
	return atoi(s) > 0 ? atoi(s) : EIO;
}

static void note(int call, int e)
{
	const char *log = getenv("FQ_FAULT_LOG");
	char line[64];
	int fd, n;

	if (log == NULL) {
		return;
	}
	if (real_open == NULL) {
		real_open = (int (*)(const char *, int, ...)) next("open");
	}
	fd = real_open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd >= 0) {
		n = snprintf(line, sizeof(line), "%s %d\n", names[call], e);
		if (write(fd, line, (size_t) n) < 0) {
			/* nothing to do */
		}
		close(fd);
	}
}

static int path_matches(const char *path)
{
	const char *want = getenv("FQ_FAULT_PATH");

	return path != NULL && (want == NULL || strstr(path, want) != NULL);
}

static int fd_matches(int fd)
{
	char link[64], target[4096];
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n < 0) {
		return 0;
	}
	target[n] = '\0';
	return path_matches(target);
}

/* 0: let the call through; otherwise the errno to fail it with. */
static int fault(int call)
{
	const char *spec = getenv("FQ_FAULT");
	char buf[512], *item, *save = NULL;
	long n;

	if (spec == NULL || spec[0] == '\0') {
		spec_seen[0] = '\0';
		return 0;
	}
	if (strncmp(spec, spec_seen, sizeof(spec_seen)) != 0) {
		snprintf(spec_seen, sizeof(spec_seen), "%s", spec);
		memset(counts, 0, sizeof(counts));
	}
	n = ++counts[call];
	snprintf(buf, sizeof(buf), "%s", spec);
	for (item = strtok_r(buf, ",", &save); item != NULL; item = strtok_r(NULL, ",", &save)) {
		char *f[4] = {item, NULL, NULL, NULL}, *p = item;
		int i = 1;
		long at, k;

		while (i < 4 && (p = strchr(p, ':')) != NULL) {
			*p++ = '\0';
			f[i++] = p;
		}
		if (f[2] == NULL || strcmp(f[0], names[call]) != 0) {
			continue;
		}
		at = atol(f[1]);
		k = f[3] != NULL ? atol(f[3]) : 1;
		if (n >= at && n < at + k) {
			int e = errno_of(f[2]);
			note(call, e);
			return e;
		}
	}
	return 0;
}

static int fd_fault(int call, int fd)
{
	const char *spec = getenv("FQ_FAULT");

	if (spec == NULL || spec[0] == '\0' || !fd_matches(fd)) {
		return 0;
	}
	return fault(call);
}

void *dlopen(const char *file, int mode)
{
	static void *(*f)(const char *, int);

	if (!f) f = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
#ifdef RTLD_DEEPBIND
	mode &= ~RTLD_DEEPBIND;
#endif
	return f(file, mode);
}

#define FAIL_WITH(e, ret) do { errno = (e); return (ret); } while (0)

int fallocate(int fd, int mode, off_t off, off_t len)
{
	static int (*f)(int, int, off_t, off_t);
	int e = fd_fault(C_FALLOCATE, fd);

	if (e) FAIL_WITH(e, -1);
	if (!f) f = (int (*)(int, int, off_t, off_t)) next("fallocate");
	return f(fd, mode, off, len);
}

int fallocate64(int fd, int mode, off_t off, off_t len)
{
	return fallocate(fd, mode, off, len);
}

int ftruncate(int fd, off_t len)
{
	static int (*f)(int, off_t);
	int e = fd_fault(C_FTRUNCATE, fd);

	if (e) FAIL_WITH(e, -1);
	if (!f) f = (int (*)(int, off_t)) next("ftruncate");
	return f(fd, len);
}

int ftruncate64(int fd, off_t len)
{
	return ftruncate(fd, len);
}

int fdatasync(int fd)
{
	static int (*f)(int);
	int e = fd_fault(C_FDATASYNC, fd);

	if (e) FAIL_WITH(e, -1);
	if (!f) f = (int (*)(int)) next("fdatasync");
	return f(fd);
}

int fsync(int fd)
{
	static int (*f)(int);
	int e = fd_fault(C_FSYNC, fd);

	if (e) FAIL_WITH(e, -1);
	if (!f) f = (int (*)(int)) next("fsync");
	return f(fd);
}

int inotify_init1(int flags)
{
	static int (*real)(int);
	int e = fault(C_INOTIFY);

	if (e != 0) {
		errno = e;
		return -1;
	}
	if (real == NULL) {
		real = (int (*)(int)) next("inotify_init1");
	}
	return real(flags);
}

int flock(int fd, int op)
{
	static int (*f)(int, int);
	int e = fd_fault(C_FLOCK, fd);

	if (e) FAIL_WITH(e, -1);
	if (!f) f = (int (*)(int, int)) next("flock");
	return f(fd, op);
}

static int open_common(int call, int dirfd, const char *path, int flags, mode_t mode)
{
	static int (*fo)(const char *, int, ...);
	static int (*fa)(int, const char *, int, ...);
	const char *spec = getenv("FQ_FAULT");

	if (spec != NULL && spec[0] != '\0') {
		char full[4096 + 256];
		const char *name = path;

		/* fileq opens a queue file as openat(directory, name): the fault is the file's open all the same */
		if (call == C_OPENAT && path[0] != '/' && dirfd != AT_FDCWD) {
			char link[64], dir[4096];
			ssize_t n;

			snprintf(link, sizeof(link), "/proc/self/fd/%d", dirfd);
			n = readlink(link, dir, sizeof(dir) - 1);
			if (n > 0) {
				dir[n] = '\0';
				snprintf(full, sizeof(full), "%s/%s", dir, path);
				name = full;
			}
		}
		if (!(flags & O_PATH) && path_matches(name)) {
			int e = fault(C_OPEN);
			if (e) FAIL_WITH(e, -1);
		}
	}
	if (call == C_OPEN) {
		if (!fo) fo = (int (*)(const char *, int, ...)) next("open");
		return fo(path, flags, mode);
	}
	if (!fa) fa = (int (*)(int, const char *, int, ...)) next("openat");
	return fa(dirfd, path, flags, mode);
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;

	if (flags & (O_CREAT | O_TMPFILE)) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t) va_arg(ap, int);
		va_end(ap);
	}
	return open_common(C_OPEN, AT_FDCWD, path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	mode_t mode = 0;

	if (flags & (O_CREAT | O_TMPFILE)) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t) va_arg(ap, int);
		va_end(ap);
	}
	return open_common(C_OPEN, AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;

	if (flags & (O_CREAT | O_TMPFILE)) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t) va_arg(ap, int);
		va_end(ap);
	}
	return open_common(C_OPENAT, dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;

	if (flags & (O_CREAT | O_TMPFILE)) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t) va_arg(ap, int);
		va_end(ap);
	}
	return open_common(C_OPENAT, dirfd, path, flags, mode);
}

static void remember(void *addr, void *old)
{
	size_t i;

	for (i = 0; i < sizeof(maps) / sizeof(maps[0]); i++) {
		if (maps[i] == old) {
			maps[i] = addr;
			return;
		}
	}
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	static void *(*f)(void *, size_t, int, int, int, off_t);
	int matches = fd >= 0 && !(flags & MAP_ANONYMOUS) && fd_matches(fd);
	void *r;

	if (matches) {
		int e = fault(C_MMAP);
		if (e) FAIL_WITH(e, MAP_FAILED);
	}
	if (!f) f = (void *(*)(void *, size_t, int, int, int, off_t)) next("mmap");
	r = f(addr, len, prot, flags, fd, off);
	if (matches && r != MAP_FAILED) {
		remember(r, NULL);
	}
	return r;
}

void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	return mmap(addr, len, prot, flags, fd, off);
}

void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
	static void *(*f)(void *, size_t, size_t, int, ...);
	void *new_addr = NULL, *r;
	size_t i;
	int known = 0;

	if (flags & MREMAP_FIXED) {
		va_list ap;
		va_start(ap, flags);
		new_addr = va_arg(ap, void *);
		va_end(ap);
	}
	for (i = 0; old != NULL && i < sizeof(maps) / sizeof(maps[0]); i++) {
		known |= maps[i] == old;
	}
	if (known) {
		int e = fault(C_MREMAP);
		if (e) FAIL_WITH(e, MAP_FAILED);
	}
	if (!f) f = (void *(*)(void *, size_t, size_t, int, ...)) next("mremap");
	r = f(old, old_len, new_len, flags, new_addr);
	if (known && r != MAP_FAILED) {
		remember(r, old);
	}
	return r;
}
