/*
 * fdio.h on Windows. A queue's descriptor is the C runtime's, made by
 * fq_path_open() from a HANDLE (_open_osfhandle); every call here works on
 * that HANDLE: positioned ReadFile/WriteFile, GetFileInformationByHandleEx
 * for the size and whether the file was deleted, FlushFileBuffers.
 */
#include "platform.h"

#ifdef _WIN32

#include "fdio.h"
#include "os.h"

#include <errno.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

/* At most this much per ReadFile/WriteFile: their length is a DWORD. */
#define FQ_WIN_IO_MAX ((size_t) 1 << 30)

static const unsigned char fq_zeros[65536];

static HANDLE fq_win_handle(int fd)
{
	return (HANDLE) _get_osfhandle(fd);
}

static int fq_win_bad_fd(const char *op, const char *path, fq_error_t *err)
{
	return fq_error_sys(err, EBADF, op, path);
}

int fq_io_size(int fd, const char *path, uint64_t *size, uint64_t *nlink, fq_error_t *err)
{
	FILE_STANDARD_INFO si;
	HANDLE h = fq_win_handle(fd);

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("fstat", path, err);
	}
	if (!GetFileInformationByHandleEx(h, FileStandardInfo, &si, sizeof(si))) {
		return fq_error_win(err, GetLastError(), "fstat", path);
	}
	*size = (uint64_t) si.EndOfFile.QuadPart;
	if (nlink != NULL) {
		/* A file deleted while open keeps its last link until the last handle goes: "delete pending" is no link. */
		*nlink = si.DeletePending ? 0 : (uint64_t) si.NumberOfLinks;
	}
	return FQ_OK;
}

int fq_io_end(int fd, const char *path, uint64_t *size, fq_error_t *err)
{
	LARGE_INTEGER end;
	HANDLE h = fq_win_handle(fd);

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("lseek", path, err);
	}
	if (!GetFileSizeEx(h, &end)) {
		return fq_error_win(err, GetLastError(), "lseek", path);
	}
	*size = (uint64_t) end.QuadPart;
	return FQ_OK;
}

int fq_io_stat_path(const char *path, uint64_t *size, uint64_t *dev, uint64_t *ino, fq_error_t *err)
{
	BY_HANDLE_FILE_INFORMATION fi;
	wchar_t *wpath = fq_os_wide(path, "stat", err);
	HANDLE h;
	DWORD e;

	if (wpath == NULL) {
		return FQ_EIO;
	}
	/* No access asked: only the identity, and no sharing refused to anyone. */
	h = CreateFileW(wpath, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
		FILE_FLAG_BACKUP_SEMANTICS, NULL);
	e = GetLastError();
	free(wpath);
	if (h == INVALID_HANDLE_VALUE) {
		return e == ERROR_FILE_NOT_FOUND || e == ERROR_PATH_NOT_FOUND ? FQ_ENOENT : fq_error_win(err, e, "stat", path);
	}
	if (!GetFileInformationByHandle(h, &fi)) {
		e = GetLastError();
		CloseHandle(h);
		return fq_error_win(err, e, "stat", path);
	}
	CloseHandle(h);
	*size = (uint64_t) fi.nFileSizeHigh << 32 | fi.nFileSizeLow;
	*dev = (uint64_t) fi.dwVolumeSerialNumber;
	*ino = (uint64_t) fi.nFileIndexHigh << 32 | fi.nFileIndexLow;
	return FQ_OK;
}

static void fq_win_at(OVERLAPPED *ov, uint64_t offset)
{
	memset(ov, 0, sizeof(*ov));
	ov->Offset = (DWORD) (offset & 0xffffffffu);
	ov->OffsetHigh = (DWORD) (offset >> 32);
}

int fq_io_read(int fd, const char *path, uint64_t offset, void *buf, size_t len, size_t *got, fq_error_t *err)
{
	HANDLE h = fq_win_handle(fd);
	size_t done = 0;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("read", path, err);
	}
	while (done < len) {
		OVERLAPPED ov;
		DWORD n = 0, want = (DWORD) (len - done < FQ_WIN_IO_MAX ? len - done : FQ_WIN_IO_MAX);

		fq_win_at(&ov, offset + done);
		if (!ReadFile(h, (unsigned char *) buf + done, want, &n, &ov)) {
			DWORD e = GetLastError();

			if (e == ERROR_HANDLE_EOF) {
				break;  /* a positioned read past the end */
			}
			return fq_error_win(err, e, "read", path);
		}
		if (n == 0) {
			break;
		}
		done += n;
	}
	*got = done;
	return FQ_OK;
}

int fq_io_write(int fd, const char *path, uint64_t offset, const void *data, size_t len, size_t total,
                fq_error_t *err)
{
	HANDLE h = fq_win_handle(fd);
	size_t done = 0;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("write", path, err);
	}
	/* The data, then the NUL padding from a page of zeros: each piece written whole. */
	while (done < total) {
		OVERLAPPED ov;
		const unsigned char *from;
		DWORD n = 0, want;

		if (done < len) {
			from = (const unsigned char *) data + done;
			want = (DWORD) (len - done < FQ_WIN_IO_MAX ? len - done : FQ_WIN_IO_MAX);
		} else {
			from = fq_zeros;
			want = (DWORD) (total - done < sizeof(fq_zeros) ? total - done : sizeof(fq_zeros));
		}
		fq_win_at(&ov, offset + done);
		if (!WriteFile(h, from, want, &n, &ov)) {
			return fq_error_win(err, GetLastError(), "write", path);
		}
		if (n == 0) {
			return fq_error_sys(err, EIO, "write", path);
		}
		done += n;
	}
	return FQ_OK;
}

static int fq_win_set_size(HANDLE h, const char *path, uint64_t size, DWORD *code, fq_error_t *err)
{
	FILE_END_OF_FILE_INFO eof;

	eof.EndOfFile.QuadPart = (LONGLONG) size;
	if (!SetFileInformationByHandle(h, FileEndOfFileInfo, &eof, sizeof(eof))) {
		*code = GetLastError();
		return fq_error_win(err, *code, "truncate", path);
	}
	return FQ_OK;
}

int fq_io_truncate(int fd, const char *path, uint64_t size, fq_error_t *err)
{
	HANDLE h = fq_win_handle(fd);
	DWORD code = 0;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("truncate", path, err);
	}
	return fq_win_set_size(h, path, size, &code, err);
}

int fq_io_shrink(int fd, const char *path, uint64_t size, fq_error_t *err)
{
	HANDLE h = fq_win_handle(fd);
	DWORD code = 0;
	int rc;

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("truncate", path, err);
	}
	rc = fq_win_set_size(h, path, size, &code, err);
	if (rc != FQ_OK && code == ERROR_USER_MAPPED_FILE) {
		fq_error_clear(err);
		return FQ_OK;  /* mapped (by this process or another): it keeps its length, as fdio.h says */
	}
	return rc;
}

void fq_io_close(int fd)
{
	if (fd >= 0) {
		_close(fd);  /* and the HANDLE under it, and with it the handle's locks */
	}
}

int fq_io_sync(int fd, const char *path, fq_error_t *err)
{
	HANDLE h = fq_win_handle(fd);

	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("fdatasync", path, err);
	}
	if (!FlushFileBuffers(h)) {
		return fq_error_win(err, GetLastError(), "fdatasync", path);
	}
	return FQ_OK;
}

int fq_io_allocate(int fd, const char *path, uint64_t from, uint64_t to, fq_error_t *err)
{
	/*
	 * Extending a file that is not sparse (a queue file never is) takes its
	 * clusters on NTFS and reads back as zeros: a full disk is an error here.
	 */
	uint64_t size;
	int rc = fq_io_end(fd, path, &size, err);

	(void) from;
	if (rc != FQ_OK || size >= to) {
		return rc;
	}
	return fq_io_truncate(fd, path, to, err);
}

int fq_io_can_punch(void)
{
	return 0;  /* FSCTL_SET_ZERO_DATA needs a sparse file: not done */
}

void fq_io_punch(int fd, uint64_t from, uint64_t to)
{
	(void) fd;
	(void) from;
	(void) to;
}

int fq_io_dup(int fd, const char *path, int *out, fq_error_t *err)
{
	HANDLE h = fq_win_handle(fd), dup;
	LARGE_INTEGER zero;

	*out = -1;
	if (h == INVALID_HANDLE_VALUE) {
		return fq_win_bad_fd("dup", path, err);
	}
	/* A second handle of the same file object, whose locks it shares (as a dup()ed descriptor shares a flock). */
	if (!DuplicateHandle(GetCurrentProcess(), h, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS)) {
		return fq_error_win(err, GetLastError(), "dup", path);
	}
	zero.QuadPart = 0;
	if (!SetFilePointerEx(dup, zero, NULL, FILE_BEGIN)) {
		DWORD e = GetLastError();

		CloseHandle(dup);
		return fq_error_win(err, e, "lseek", path);
	}
	*out = _open_osfhandle((intptr_t) dup, 0);
	if (*out < 0) {
		CloseHandle(dup);
		return fq_error_sys(err, EMFILE, "dup", path);
	}
	return FQ_OK;
}

int fq_io_fs_is(int fd, const unsigned long *types, size_t n)
{
	(void) fd;
	(void) types;
	(void) n;
	return 0;  /* no statfs magic numbers on Windows */
}

#else
/* POSIX: fdio.c. Keeps the translation unit non-empty (ISO C). */
typedef int fq_fdio_win_unused;
#endif
