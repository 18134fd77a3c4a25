/*
 * Unit test of the change watch (src/core/watch.c): quiet while nothing
 * happens, not quiet once another process deleted, renamed over or chmod()ed
 * the file, or renamed a directory of its path, quiet again after a rearm; a
 * watch only after FQ_WATCH_LOOKS looks; the thread's instance kept when its
 * files close, released when the thread ends. Where io_uring or inotify is
 * not available, fq_watch_start() must fail cleanly and the test says so.
 * Built and run by .ci/check-core; returns non-zero on the first failure.
 */
#include "platform.h"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "watch.h"

#include "check.h"

/* Runs what in a child process and waits for it: the wait is the system call after the change. */
static int in_child(const char *what, const char *path)
{
	char other[4200];
	pid_t pid = fork();
	int status, fd;

	if (pid == 0) {
		if (strcmp(what, "unlink") == 0) {
			_exit(unlink(path) != 0);
		}
		if (strcmp(what, "chmod") == 0) {
			_exit(chmod(path, 0600) != 0);
		}
		snprintf(other, sizeof(other), "%s.other", path);
		fd = open(other, O_CREAT | O_WRONLY, 0600);
		if (strcmp(what, "rename") == 0) {
			_exit(fd < 0 || rename(other, path) != 0);
		}
		_exit(fd < 0 || unlink(other) != 0);  /* "unrelated": another file in the directory */
	}
	return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	if (d == NULL) {
		return -1;
	}
	while (readdir(d) != NULL) {
		n++;
	}
	closedir(d);
	return n;
}

/* A thread that watches a file and ends: its ring and inotify descriptor must go with it. */
static void *thread_watch(void *arg)
{
	fq_watch_t w;
	int fd = open((const char *) arg, O_RDWR | O_CLOEXEC);

	if (fd >= 0 && fq_watch_start(&w, fd, NULL) == 0) {
		fq_watch_rearm(&w);
		fq_watch_stop(&w);
	}
	if (fd >= 0) {
		close(fd);
	}
	return NULL;
}

/* A handle asks for a watch after FQ_WATCH_LOOKS looks, not before, and only while it is not watched. */
static int test_looks(void)
{
	fq_watch_t w;
	unsigned i;

	fq_watch_init(&w);
	for (i = 1; i < FQ_WATCH_LOOKS; i++) {
		CHECK(!fq_watch_due(&w));
	}
	CHECK(fq_watch_due(&w));
	CHECK(fq_watch_due(&w));       /* until it starts */
	fq_watch_stop(&w);
	CHECK(fq_watch_due(&w));       /* a reopened file is due at once */
	return 0;
}

/*
 * With a path: a renamed directory of the path is reported (the path names
 * another file, or none); a symbolic link or a relative path is not watched;
 * a watched directory removed drops the handle's watch, and it is due again.
 * Closing the last watched file keeps the thread's ring and inotify instance.
 */
static int test_path(const char *tmp)
{
	char base[4096], d[4300], f[4400], moved[4400], link[4400], out[4500];
	fq_watch_t w, wl;
	int fd, before, after;

	snprintf(base, sizeof(base), "%s/fileq-test-watch-path.XXXXXX", tmp);
	CHECK(mkdtemp(base) != NULL);
	snprintf(d, sizeof(d), "%s/d", base);
	snprintf(f, sizeof(f), "%s/q", d);
	snprintf(moved, sizeof(moved), "%s/e", base);
	snprintf(link, sizeof(link), "%s/l", base);
	snprintf(out, sizeof(out), "%s/q", base);
	CHECK(mkdir(d, 0700) == 0);
	fd = open(f, O_CREAT | O_RDWR | O_CLOEXEC, 0600);
	CHECK(fd >= 0);
	before = count_fds();
	fq_watch_init(&w);
	if (realpath(f, out) == NULL || strcmp(out, f) != 0) {
		printf("test_watch: %s is not a plain path here; path watch not tried\n", f);
	} else {
		CHECK(fq_watch_start(&w, fd, f) == 0);
		fq_watch_rearm(&w);
		CHECK(fq_watch_quiet(&w));
		CHECK(rename(d, moved) == 0);      /* the file keeps its name in its directory; the path names nothing */
		CHECK(getppid() > 0);              /* a system call after the change */
		CHECK(!fq_watch_quiet(&w));
		CHECK(fq_watch_rearm(&w));
		CHECK(fq_watch_quiet(&w));
		CHECK(rename(moved, d) == 0);
		CHECK(getppid() > 0);
		CHECK(!fq_watch_quiet(&w));
		CHECK(fq_watch_rearm(&w));

		/* not watched through a symbolic link, nor by a relative path */
		CHECK(symlink(d, link) == 0);
		snprintf(out, sizeof(out), "%s/q", link);
		fq_watch_init(&wl);
		CHECK(fq_watch_start(&wl, fd, out) == -1);
		CHECK(!fq_watch_due(&wl));         /* and does not ask again */
		fq_watch_init(&wl);
		CHECK(fq_watch_start(&wl, fd, "q") == -1);
		CHECK(unlink(link) == 0);

		/* the directory goes (the file moved out first): its watch is dropped, the handle is due again */
		snprintf(out, sizeof(out), "%s/q", base);
		CHECK(rename(f, out) == 0 && rmdir(d) == 0);
		CHECK(getppid() > 0);
		CHECK(!fq_watch_quiet(&w));
		CHECK(!fq_watch_rearm(&w));
		CHECK(!fq_watch_quiet(&w));
		CHECK(fq_watch_due(&w));
		fq_watch_stop(&w);
		after = count_fds();
		CHECK(before < 0 || after == before);  /* no descriptor left behind (the thread's instance was there before) */
		f[0] = '\0';
	}
	close(fd);
	unlink(out);
	if (f[0] != '\0') {
		unlink(f);
	}
	rmdir(d);
	CHECK(rmdir(base) == 0);
	return 0;
}

int main(void)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	const char *steps[] = {"unrelated", "chmod", "rename", "unlink"};
	char path[4096];
	fq_watch_t w, w2;
	struct stat sb;
	int fd, fd2, i, fds0;

	snprintf(path, sizeof(path), "%s/fileq-test-watch.%ld", dir, (long) getpid());
	fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0644);
	CHECK(fd >= 0);
	fds0 = count_fds();
	fq_watch_init(&w);
	CHECK(!fq_watch_quiet(&w));
	if (fq_watch_start(&w, fd, NULL) != 0) {
		printf("test_watch: no io_uring/inotify watch here; callers use statx()\n");
		close(fd);
		unlink(path);
		return 0;
	}
	CHECK(!fq_watch_quiet(&w));          /* the first check after start looks */
	fq_watch_rearm(&w);
	CHECK(fq_watch_quiet(&w));

	/* a second file of the same inode shares the inotify watch; stopping one keeps the other */
	fd2 = open(path, O_RDWR | O_CLOEXEC);
	CHECK(fd2 >= 0 && fq_watch_start(&w2, fd2, NULL) == 0);
	fq_watch_rearm(&w2);
	fq_watch_stop(&w2);
	close(fd2);
	CHECK(fq_watch_quiet(&w));

	for (i = 0; i < 4; i++) {
		CHECK(in_child(steps[i], path));
		if (i == 0) {
			CHECK(fq_watch_quiet(&w));   /* another file's change is not this file's */
			continue;
		}
		CHECK(!fq_watch_quiet(&w));
		fq_watch_rearm(&w);
		CHECK(fq_watch_quiet(&w));
		CHECK(fstat(fd, &sb) == 0);
		if (i >= 2) {
			CHECK(sb.st_nlink == 0);     /* replaced, then the replacement deleted */
			close(fd);
			fq_watch_stop(&w);
			fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0644);
			CHECK(fd >= 0 && fq_watch_start(&w, fd, NULL) == 0);
			fq_watch_rearm(&w);
			CHECK(fq_watch_quiet(&w));
		}
	}
	fq_watch_stop(&w);
	CHECK(!fq_watch_quiet(&w));
	/* no file watched any more: the thread keeps its ring and inotify instance (closing one costs milliseconds) */
	CHECK(fds0 < 0 || count_fds() == fds0 + 2);

	/*
	 * A handle inherited across fork belongs to the parent's watcher: stopping
	 * it in the child must not touch the child's own watches (which may have
	 * the same watch numbers), and the child's watch keeps reporting.
	 */
	{
		char path_b[4200];
		pid_t pid;
		int status;

		snprintf(path_b, sizeof(path_b), "%s.b", path);
		fd2 = open(path_b, O_CREAT | O_RDWR | O_CLOEXEC, 0644);
		CHECK(fd2 >= 0 && fq_watch_start(&w2, fd2, NULL) == 0);
		fq_watch_rearm(&w2);
		pid = fork();
		if (pid == 0) {
			fq_watch_t wb;
			int fdb = open(path_b, O_RDWR | O_CLOEXEC), ok;

			ok = fdb >= 0 && fq_watch_start(&wb, fdb, NULL) == 0;
			fq_watch_rearm(&wb);
			ok = ok && !fq_watch_quiet(&w2);   /* inherited: not this process's watch */
			fq_watch_stop(&w2);                 /* must leave wb's watch alone */
			ok = ok && fq_watch_quiet(&wb);
			ok = ok && in_child("unlink", path_b);
			ok = ok && !fq_watch_quiet(&wb);
			_exit(ok ? 0 : 1);
		}
		CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
		CHECK(!fq_watch_quiet(&w2));            /* the parent saw the unlink too */
		fq_watch_stop(&w2);
		close(fd2);
	}

	for (i = 0; i < 3; i++) {
		pthread_t t;
		int before = count_fds();

		CHECK(pthread_create(&t, NULL, thread_watch, path) == 0 && pthread_join(t, NULL) == 0);
		CHECK(before < 0 || count_fds() == before);
	}
	close(fd);
	unlink(path);
	CHECK(test_looks() == 0);
	CHECK(test_path(dir) == 0);
	printf("test_watch: ok\n");
	return 0;
}
