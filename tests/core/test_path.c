/*
 * Unit test of the safe opening of paths (src/core/path.c): exact permissions
 * whatever the umask, links followed only when their owner is the caller or
 * owns their directory, never a device, directory, FIFO or /proc file as a
 * file, existing files trusted only by the rule, and O_EXCL creation. The
 * parts that need another owner (lchown/chown) run only as root.
 * Built and run by .ci/check-core; returns non-zero on the first failure.
 */
#include "platform.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "path.h"

#include "check.h"

#define NOBODY 65534

static int opened(const char *path, int kind, int create, unsigned mode, fq_path_file_t *f, fq_error_t *err)
{
	fq_path_spec_t spec;

	spec.kind = kind;
	spec.flags = kind == FQ_PATH_FIFO ? O_RDONLY | O_NONBLOCK : O_RDWR;
	spec.create = create;
	spec.mode = mode;
	spec.trust = 1;
	spec.interruptible = 0;
	return fq_path_open(path, &spec, f, err);
}

static unsigned mode_of(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0 ? (unsigned) st.st_mode & 07777 : 0xffffu;
}

int main(void)
{
	const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char dir[4096], p[4200], q[4200], l[4200];
	fq_path_file_t f;
	fq_error_t err;
	struct stat st;
	int root = geteuid() == 0;

	snprintf(dir, sizeof(dir), "%s/fileq-test-path.XXXXXX", tmp);
	CHECK(mkdtemp(dir) != NULL);

	/* made with exactly the permissions asked, whatever the umask; O_EXCL: a second make opens it */
	umask(077);
	snprintf(p, sizeof(p), "%s/a.q", dir);
	CHECK(opened(p, FQ_PATH_FILE, 1, 0660, &f, &err) == FQ_OK && f.created == 1);
	CHECK(mode_of(p) == 0660);
	CHECK(fstat(f.fd, &st) == 0 && (uint64_t) st.st_ino == f.ino);
	close(f.fd);
	umask(022);
	CHECK(opened(p, FQ_PATH_FILE, 1, 0600, &f, &err) == FQ_OK && f.created == 0);
	CHECK(mode_of(p) == 0660);  /* an existing file keeps its mode */
	close(f.fd);

	/* missing and not to be made */
	snprintf(q, sizeof(q), "%s/none.q", dir);
	CHECK(opened(q, FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_EIO && err.sys_errno == ENOENT);
	CHECK(access(q, F_OK) != 0);

	/* set-id, sticky and out-of-range modes */
	CHECK(fq_path_mode_ok(04600, &err) == FQ_EARG);
	CHECK(fq_path_mode_ok(01666, &err) == FQ_EARG);
	CHECK(fq_path_mode_ok(0777, &err) == FQ_OK);

	/* not a regular file: a directory, a FIFO, /proc */
	CHECK(opened(dir, FQ_PATH_FILE, 1, 0600, &f, &err) != FQ_OK);
	snprintf(q, sizeof(q), "%s/fifo", dir);
	CHECK(mkfifo(q, 0600) == 0);
	CHECK(opened(q, FQ_PATH_FILE, 1, 0600, &f, &err) == FQ_EIO && strstr(err.msg, "(it is a FIFO)") != NULL);
	CHECK(opened(q, FQ_PATH_FIFO, 0, 0600, &f, &err) == FQ_OK);
	close(f.fd);
	if (access("/proc/self/mem", F_OK) == 0) {
		CHECK(opened("/proc/self/mem", FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_ESTATE);
	}

	/* a FIFO made with exact permissions */
	snprintf(q, sizeof(q), "%s/made.fifo", dir);
	umask(077);
	CHECK(opened(q, FQ_PATH_FIFO, 1, 0620, &f, &err) == FQ_OK && f.created == 1);
	CHECK(mode_of(q) == 0620);
	close(f.fd);
	umask(022);

	/* a link of the caller's own is followed; relative paths work from the current directory */
	snprintf(l, sizeof(l), "%s/link.q", dir);
	CHECK(symlink("a.q", l) == 0);
	CHECK(opened(l, FQ_PATH_FILE, 1, 0600, &f, &err) == FQ_OK && f.created == 0);
	CHECK(fstat(f.fd, &st) == 0 && S_ISREG(st.st_mode));
	close(f.fd);
	CHECK(chdir(dir) == 0);
	CHECK(opened("./sub/../a.q", FQ_PATH_FILE, 0, 0600, &f, &err) != FQ_OK);  /* no sub/ */
	CHECK(mkdir("sub", 0700) == 0);
	CHECK(opened("./sub/../link.q", FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_OK);
	close(f.fd);

	if (root) {
		/* another user's link in a directory that is not theirs: not followed, also when dangling */
		CHECK(lchown(l, NOBODY, NOBODY) == 0);
		CHECK(opened(l, FQ_PATH_FILE, 1, 0600, &f, &err) == FQ_ESTATE && strstr(err.msg, "not followed") != NULL);
		snprintf(q, sizeof(q), "%s/dangling.q", dir);
		CHECK(symlink("would-be-made", q) == 0 && lchown(q, NOBODY, NOBODY) == 0);
		CHECK(opened(q, FQ_PATH_FILE, 1, 0600, &f, &err) == FQ_ESTATE);
		snprintf(p, sizeof(p), "%s/would-be-made", dir);
		CHECK(access(p, F_OK) != 0);
		/* ... but followed when that user owns the directory too */
		CHECK(chown(dir, NOBODY, NOBODY) == 0);
		CHECK(opened(l, FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_OK);
		close(f.fd);
		CHECK(chown(dir, 0, 0) == 0);

		/* trust: another user's file writable by all, or not shared through a group, is refused */
		snprintf(p, sizeof(p), "%s/a.q", dir);
		CHECK(chown(p, NOBODY, NOBODY) == 0 && chmod(p, 0666) == 0);
		CHECK(opened(p, FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_ESTATE && strstr(err.msg, "anyone may write") != NULL);
		CHECK(chmod(p, 0600) == 0);
		CHECK(opened(p, FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_ESTATE && strstr(err.msg, "neither its owner") != NULL);
		CHECK(chown(p, NOBODY, 0) == 0 && chmod(p, 0660) == 0);
		CHECK(opened(p, FQ_PATH_FILE, 0, 0600, &f, &err) == FQ_OK);  /* shared through a group the caller is in */
		close(f.fd);
		CHECK(fq_path_trusted(p, 0, 0, 0666, &err) == FQ_OK);  /* root's own: trusted */
	} else {
		printf("test_path: not root: another owner's links and files not tried\n");
	}
	CHECK(chdir("/") == 0);
	{
		char cmd[4200];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		CHECK(system(cmd) == 0);
	}
	printf("test_path: ok\n");
	return 0;
}
