/*
 * registry.h on Windows: a member is its process id and its creation time
 * (GetProcessTimes, in 100 ns units since 1601), so a process id Windows
 * gave to another process after the member died is not taken for it.
 */
#include "platform.h"

#ifdef _WIN32

#include "registry.h"

#include <windows.h>

/* 100 ns units from 1601 (FILETIME's epoch) to 1970 (Unix's). */
#define FQ_FILETIME_UNIX 116444736000000000ULL

static uint64_t fq_filetime(const FILETIME *ft)
{
	return (uint64_t) ft->dwHighDateTime << 32 | ft->dwLowDateTime;
}

/* When the process h was created, 0 when unknown. */
static uint64_t fq_member_created(HANDLE h)
{
	FILETIME created, exited, kernel, user;

	return GetProcessTimes(h, &created, &exited, &kernel, &user) ? fq_filetime(&created) : 0;
}

void fq_member_self(fq_member_t *m)
{
	FILETIME now;

	GetSystemTimeAsFileTime(&now);
	m->pid = (long) GetCurrentProcessId();
	m->start_time = fq_member_created(GetCurrentProcess());
	m->last_update = (double) (fq_filetime(&now) - FQ_FILETIME_UNIX) / 1e7;
}

int fq_member_alive(const fq_member_t *m)
{
	HANDLE h;
	DWORD code;
	int alive;

	if (m->pid <= 0) {
		return 0;
	}
	h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, (DWORD) m->pid);
	if (h == NULL) {
		/* Not there, or not ours to look at (then it exists: counted alive, as kill(pid, 0) with EPERM is). */
		return GetLastError() == ERROR_ACCESS_DENIED;
	}
	alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
	if (alive && m->start_time != 0) {
		uint64_t created = fq_member_created(h);

		alive = created == 0 || created == m->start_time;  /* else the id was reused by another process */
	}
	CloseHandle(h);
	return alive;
}

#else
/* POSIX: registry.c. Keeps the translation unit non-empty (ISO C). */
typedef int fq_registry_win_unused;
#endif
