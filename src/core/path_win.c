/*
 * path.h on Windows: a queue file opened with CreateFileW, shared for
 * reading, writing and deleting (so that, as on POSIX, another process may
 * delete or replace the file while it is open, and the queue notices and
 * reopens), then given to the C runtime as a descriptor.
 *
 * What path.c judges by uid, gid and mode bits has no counterpart here:
 * Windows decides access by the file's ACL when it is opened, links are
 * followed as Windows follows them, and a new file gets its directory's
 * inherited ACL, not mode (which is checked for range only). Named pipes
 * (FQ_PATH_FIFO) are Unix-only.
 */
#include "platform.h"

#ifdef _WIN32

#include "path.h"
#include "os.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>
#include <windows.h>

/* A file that appeared or vanished between the create and the open is looked at again this many times. */
#define FQ_PATH_TRIES 8

int fq_path_mode_ok(unsigned int mode, fq_error_t *err)
{
	if (mode > 0777) {
		return fq_error_set(err, FQ_EARG,
			"permissions must be between 0 and 0777 (no set-id or sticky bit), 0%o given", mode);
	}
	return FQ_OK;
}

int fq_path_trusted(const char *path, uint32_t uid, uint32_t gid, unsigned int mode, fq_error_t *err)
{
	/* The ACL decided when the file was opened. */
	(void) path;
	(void) uid;
	(void) gid;
	(void) mode;
	(void) err;
	return FQ_OK;
}

int fq_path_open(const char *path, const fq_path_spec_t *spec, fq_path_file_t *out, fq_error_t *err)
{
	BY_HANDLE_FILE_INFORMATION fi;
	DWORD access, share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, e = 0;
	HANDLE h = INVALID_HANDLE_VALUE;
	wchar_t *wpath;
	int tries, fd;

	out->fd = -1;
	out->created = 0;
	if (path[0] == '\0') {
		return fq_error_sys(err, ENOENT, "open", path);
	}
	if (spec->kind != FQ_PATH_FILE) {
		return fq_error_set(err, FQ_ESTATE, "mkfifo '%s': named pipes (FIFOs) are Unix-only", path);
	}
	wpath = fq_os_wide(path, "open", err);
	if (wpath == NULL) {
		return FQ_EIO;
	}
	access = (spec->flags & (O_WRONLY | O_RDWR)) == 0 ? GENERIC_READ : GENERIC_READ | GENERIC_WRITE;
	/* Made here (CREATE_NEW: never over a file that appeared meanwhile), or the one that is there. */
	for (tries = 0; tries < FQ_PATH_TRIES && h == INVALID_HANDLE_VALUE; tries++) {
		if (spec->create) {
			h = CreateFileW(wpath, access, share, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
			if (h != INVALID_HANDLE_VALUE) {
				out->created = 1;
				break;
			}
			e = GetLastError();
			if (e != ERROR_FILE_EXISTS && e != ERROR_ALREADY_EXISTS) {
				break;
			}
		}
		h = CreateFileW(wpath, access, share, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
		if (h == INVALID_HANDLE_VALUE) {
			e = GetLastError();
			/* Only a file removed between the create and the open is tried again; anything else is the answer. */
			if (!spec->create || e != ERROR_FILE_NOT_FOUND) {
				break;
			}
		}
	}
	if (h == INVALID_HANDLE_VALUE) {
		/* A directory is ERROR_ACCESS_DENIED to CreateFileW: said as POSIX says it. */
		DWORD attr = e == ERROR_ACCESS_DENIED ? GetFileAttributesW(wpath) : INVALID_FILE_ATTRIBUTES;

		free(wpath);
		if (attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY)) {
			return fq_error_sys(err, EISDIR, "open", path);
		}
		return fq_error_win(err, e, "open", path);
	}
	free(wpath);
	if (!GetFileInformationByHandle(h, &fi)) {
		e = GetLastError();
		CloseHandle(h);
		return fq_error_win(err, e, "fstat", path);
	}
	/* What was opened must be a file on a disk: not a device, a pipe or a console. */
	if (GetFileType(h) != FILE_TYPE_DISK || (fi.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
		CloseHandle(h);
		fq_error_set(err, FQ_EIO, "open '%s': exists and is not a regular file", path);
		err->sys_errno = EEXIST;
		return FQ_EIO;
	}
	fd = _open_osfhandle((intptr_t) h, (access & GENERIC_WRITE) ? _O_RDWR : _O_RDONLY);
	if (fd < 0) {
		CloseHandle(h);
		return fq_error_sys(err, EMFILE, "open", path);
	}
	out->fd = fd;
	out->dev = (uint64_t) fi.dwVolumeSerialNumber;
	out->ino = (uint64_t) fi.nFileIndexHigh << 32 | fi.nFileIndexLow;
	return FQ_OK;
}

#else
/* POSIX: path.c. Keeps the translation unit non-empty (ISO C). */
typedef int fq_path_win_unused;
#endif
