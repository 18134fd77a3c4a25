#include "platform.h"
#include "proc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

uint64_t fq_proc_start_time(long pid)
{
#ifdef __linux__
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
	for (field = 2; field < 22 && *p != '\0'; p++) {
		if (*p == ' ') {
			field++;
		}
	}
	return field == 22 ? strtoull(p, NULL, 10) : 0;
#else
	(void) pid;
	return 0;
#endif
}

int fq_proc_alive(long pid, uint64_t start_time)
{
	if (pid <= 0) {
		return 0;
	}
	if (kill((pid_t) pid, 0) != 0 && errno == ESRCH) {
		return 0;
	}
	if (start_time != 0) {
		uint64_t now = fq_proc_start_time(pid);
		if (now != 0 && now != start_time) {
			return 0;  /* the pid was reused by another process */
		}
	}
	return 1;
}
