#include "platform.h"
#include "registry.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/types.h>
#include <unistd.h>

/*
 * Start time of pid in clock ticks since boot (Linux: /proc/<pid>/stat field
 * 22), 0 when unknown, and its state letter (field 3: 'Z' for a zombie).
 * Together with the pid the start time names a process even after the pid is
 * reused.
 */
static uint64_t fq_member_stat(long pid, char *state)
{
	*state = '?';
#ifdef __linux__
	{
		char path[64], buf[1024];
		const char *p;
		ssize_t n;
		int fd, field;

		snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
		do {
			fd = open(path, O_RDONLY | O_CLOEXEC);
		} while (fd < 0 && errno == EINTR);
		if (fd < 0) {
			return 0;
		}
		do {
			n = read(fd, buf, sizeof(buf) - 1);
		} while (n < 0 && errno == EINTR);
		close(fd);
		if (n <= 0) {
			return 0;
		}
		buf[n] = '\0';
		/* The command name (field 2) may hold spaces and parentheses: count from the last ')'. */
		p = strrchr(buf, ')');
		if (p == NULL) {
			return 0;
		}
		if (p[1] == ' ' && p[2] != '\0') {
			*state = p[2];  /* field 3 */
		}
		for (field = 2; field < 22 && *p != '\0'; p++) {
			if (*p == ' ') {
				field++;
			}
		}
		return field == 22 ? strtoull(p, NULL, 10) : 0;
	}
#else
	(void) pid;
	return 0;
#endif
}

static uint64_t fq_member_start_time(long pid)
{
	char state;

	return fq_member_stat(pid, &state);
}

void fq_member_self(fq_member_t *m)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	m->pid = (long) getpid();
	m->start_time = fq_member_start_time(m->pid);
	m->last_update = (double) tv.tv_sec + tv.tv_usec / 1e6;
}

int fq_member_alive(const fq_member_t *m)
{
	uint64_t start;
	char state;

	if (m->pid <= 0) {
		return 0;
	}
	if (kill((pid_t) m->pid, 0) != 0 && errno == ESRCH) {
		return 0;
	}
	/* One read of /proc gives both: the start time (a reused pid) and the state. */
	start = fq_member_stat(m->pid, &state);
	if (state == 'Z' || state == 'X') {
		return 0;  /* exited, not yet reaped: it will do no more work */
	}
	return m->start_time == 0 || start == 0 || start == m->start_time;
}
