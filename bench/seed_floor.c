/*
 * bench/seed_floor.c: the least any implementation of the seed's queue
 * functions can spend on this machine, for the phases of bench/seed_api.php.
 *
 * Each call makes only the system calls that sharing the file with the
 * pure-PHP functions requires, whoever implements them: flock(LOCK_EX), the
 * frame's pwrite or pread, the ftruncate of a LIFO pop, flock(LOCK_UN). The
 * size is tracked in memory (nobody else touches the file), no call checks
 * that the file is still named, and there is no PHP around the calls. Native
 * calls cannot be faster than this; baseline / floor is the best ratio the
 * machine allows.
 *
 *   cc -O2 -o seed_floor bench/seed_floor.c && ./seed_floor [calls] [rounds] [dir]
 *
 * Prints one line per phase: "phase<TAB>calls<TAB>median µs per call".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#define FRAME 95
#define BOOT 4096
#define ROUNDS_MAX 64
#define PHASES 5

static const char *phase_names[PHASES] = {
	"push (append)", "pop at cursor (read)", "pop at cursor + replace", "pop (LIFO, truncates)",
	"mixed (push, push, pop)",
};

static int fd = -1;
static off_t size;

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void lock(int op)
{
	while (flock(fd, op) != 0) {
		if (errno != EINTR) {
			die("flock");
		}
	}
}

static void put(off_t at, const char *frame)
{
	lock(LOCK_EX);
	if (pwrite(fd, frame, FRAME, at) != FRAME) {
		die("pwrite");
	}
	if (at + FRAME > size) {
		size = at + FRAME;
	}
	lock(LOCK_UN);
}

static void get(off_t at, char *buf)
{
	lock(LOCK_EX);
	if (pread(fd, buf, FRAME, at) < 0) {
		die("pread");
	}
	lock(LOCK_UN);
}

/* LIFO: read the last frame and cut it off; 0 when only the boot frame is left. */
static int pop(char *buf)
{
	int found = 0;

	lock(LOCK_EX);
	if (size > BOOT) {
		if (pread(fd, buf, FRAME, size - FRAME) != FRAME) {
			die("pread");
		}
		size -= FRAME;
		if (ftruncate(fd, size) != 0) {
			die("ftruncate");
		}
		found = 1;
	}
	lock(LOCK_UN);
	return found;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	long calls = argc > 1 ? atol(argv[1]) : 20000;
	int rounds = argc > 2 ? atoi(argv[2]) : 5;
	const char *dir = argc > 3 ? argv[3] : "/tmp";
	double t[PHASES][ROUNDS_MAX];
	long n[PHASES];
	char path[4096], frame[FRAME], buf[FRAME], boot[BOOT];
	int r, p;

	if (calls < 4 || rounds < 1 || rounds > ROUNDS_MAX) {
		fprintf(stderr, "usage: seed_floor [calls >= 4] [rounds 1..%d] [dir]\n", ROUNDS_MAX);
		return 2;
	}
	snprintf(path, sizeof(path), "%s/fileq-bench-seed-floor.%ld", dir, (long) getpid());
	memset(frame, 'x', sizeof(frame));
	memset(boot, 0, sizeof(boot));
	for (r = 0; r < rounds; r++) {
		long i, quarter = calls / 4, k = 0;
		double t0;

		fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (fd < 0) {
			die(path);
		}
		size = 0;
		if (pwrite(fd, boot, BOOT, 0) != BOOT) {
			die("pwrite");
		}
		size = BOOT;

		t0 = now_s();
		for (i = 0; i < calls; i++) {
			put(size, frame);
		}
		t[0][r] = now_s() - t0;
		n[0] = calls;

		t0 = now_s();
		for (i = 0; i < quarter; i++) {
			get(BOOT + ((i * 7919) % calls) * FRAME, buf);
		}
		t[1][r] = now_s() - t0;
		n[1] = quarter;

		t0 = now_s();
		for (i = 0; i < quarter; i++) {
			off_t at = BOOT + ((i * 104729) % calls) * FRAME;
			lock(LOCK_EX);
			if (pread(fd, buf, FRAME, at) < 0 || pwrite(fd, frame, FRAME, at) != FRAME) {
				die("pread/pwrite");
			}
			lock(LOCK_UN);
		}
		t[2][r] = now_s() - t0;
		n[2] = quarter;

		t0 = now_s();
		while (pop(buf)) {
			k++;
		}
		t[3][r] = now_s() - t0;
		n[3] = k + 1;

		t0 = now_s();
		for (i = 0; i < calls; i++) {
			if (i % 3 == 2) {
				(void) pop(buf);
			} else {
				put(size, frame);
			}
		}
		t[4][r] = now_s() - t0;
		n[4] = calls;
		close(fd);
	}
	unlink(path);
	for (p = 0; p < PHASES; p++) {
		qsort(t[p], (size_t) rounds, sizeof(double), cmp);
		double med = rounds % 2 ? t[p][rounds / 2] : (t[p][rounds / 2 - 1] + t[p][rounds / 2]) / 2;
		printf("%s\t%ld\t%.3f\n", phase_names[p], n[p], med / (double) n[p] * 1e6);
	}
	return 0;
}
