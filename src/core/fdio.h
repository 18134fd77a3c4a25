/*
 * Descriptor I/O: every system call the core makes on an open queue file, each
 * retried when a signal interrupts it, each failure an error record naming the
 * operation, the path and the errno text. The platform choices for files
 * (statx, fdatasync, fallocate, hole punching) live here and nowhere else:
 * fdio.c on POSIX, fdio_win.c on Windows (descriptors of the C runtime there,
 * the calls on their HANDLEs). Opening a path is path.c's (path_win.c's).
 */
#ifndef FQ_CORE_FDIO_H
#define FQ_CORE_FDIO_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/*
 * The file's size, and (nlink not NULL) its link count: 0 once it was deleted
 * or replaced. Only those are asked for: fstat() asks for the timestamps too,
 * and since Linux 6.13 (multigrain timestamps) a file whose ctime was looked at
 * gets a fine-grained one on its next write, which dirties the inode: on ext4 a
 * journal transaction that made every append after an fstat() cost twice as
 * much. Kernels or sandboxes without statx() get fstat().
 */
int fq_io_size(int fd, const char *path, uint64_t *size, uint64_t *nlink, fq_error_t *err);

/* The file's size from lseek(SEEK_END): cheaper, but it moves the file offset. */
int fq_io_end(int fd, const char *path, uint64_t *size, fq_error_t *err);

/* What path names now: its size, device and inode. FQ_ENOENT when nothing is there. */
int fq_io_stat_path(const char *path, uint64_t *size, uint64_t *dev, uint64_t *ino, fq_error_t *err);

/* Reads up to len bytes at offset; *got is short at the end of the file. */
int fq_io_read(int fd, const char *path, uint64_t offset, void *buf, size_t len, size_t *got, fq_error_t *err);

/* Writes data (len <= total) at offset, then NUL bytes up to total: all of it, or an error. */
int fq_io_write(int fd, const char *path, uint64_t offset, const void *data, size_t len, size_t total,
                fq_error_t *err);

int fq_io_truncate(int fd, const char *path, uint64_t size, fq_error_t *err);

/*
 * Cuts a file that may be mapped (the framed format's) back to size. Windows
 * refuses to cut a file below a mapped view, anyone's: there the file keeps
 * its length, which the framed format allows (the space is reused as it
 * grows again), and this is not an error.
 */
int fq_io_shrink(int fd, const char *path, uint64_t size, fq_error_t *err);

/* Closes fd (not retried: on Linux a close() interrupted has closed it all the same). Nothing for -1. */
void fq_io_close(int fd);

/* The file's data on disk (fdatasync, or fsync where there is none). */
int fq_io_sync(int fd, const char *path, fq_error_t *err);

/*
 * Reserves the blocks of [from, to) and extends the file to at least to, so
 * that a full disk is an error now rather than a fault when mapped pages are
 * written. Where the file system cannot reserve (no fallocate), the file is
 * extended with ftruncate().
 */
int fq_io_allocate(int fd, const char *path, uint64_t from, uint64_t to, fq_error_t *err);

/* Gives back the blocks of [from, to), the size unchanged. Best effort: where holes cannot be made, nothing. */
void fq_io_punch(int fd, uint64_t from, uint64_t to);

/* Whether fq_io_punch() can give blocks back on this platform. */
int fq_io_can_punch(void);

/* A second descriptor on the same open file (sharing its lock), at offset 0, close-on-exec. */
int fq_io_dup(int fd, const char *path, int *out, fq_error_t *err);

/*
 * 1 when fd's file system is one of types[0..n) (statfs f_type magic numbers),
 * 0 when not or when that cannot be told (fstatfs failed, or not Linux).
 */
int fq_io_fs_is(int fd, const unsigned long *types, size_t n);

#endif /* FQ_CORE_FDIO_H */
