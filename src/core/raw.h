/*
 * The seed's file layout ("RAW"): no header, frames NUL-padded to the frame
 * size, a read frame trimmed as PHP's trim() does, LIFO by truncating the
 * last frame off. Byte for byte what the seed's pure-PHP queue_address_push()
 * and queue_address_pop() write. The caller holds the lock.
 */
#ifndef FQ_CORE_RAW_H
#define FQ_CORE_RAW_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* The seed's "no cursor given": PHP_INT_MAX. */
#define FQ_RAW_APPEND INT64_MAX

/* The boot frame of the seed layout: the first 4096 bytes. */
#define FQ_RAW_BOOT_SIZE 4096

/* What PHP's trim() strips: " \t\n\r\0\x0B". Returns the trimmed length, *start its offset. */
size_t fq_raw_trim(const unsigned char *buf, size_t len, size_t *start);

/* Writes data NUL-padded to frame_size bytes at offset (len <= frame_size). */
int fq_raw_write(int fd, const char *path, uint64_t offset, const void *data, size_t len,
                 size_t frame_size, fq_error_t *err);

/* Appends a frame at size, the file's current size (known to the caller, under the lock);
 * a failed write cuts the file back to size. */
int fq_raw_append(int fd, const char *path, const void *data, size_t len, size_t frame_size,
                  uint64_t size, fq_error_t *err);

/* Seed push: append (cursor FQ_RAW_APPEND) or write at cursor; *out gets the cursor used. */
int fq_raw_push(int fd, const char *path, const void *data, size_t len, size_t frame_size,
                int64_t cursor, uint64_t *out, fq_error_t *err);

/*
 * Seed pop, for a caller that holds the lock and knows the file's size: buf
 * holds cap bytes and no more than cap of the frame are read (a frame never
 * holds more than the file, so cap = min(frame_size, size) gives the seed's
 * result without a buffer of frame_size bytes); the trimmed frame is
 * buf[*start, *start + *len). At the end (cursor FQ_RAW_APPEND) a non-blank
 * last frame is truncated off. At a cursor, a non-empty replace
 * (replace_len <= frame_size) is written there.
 */
int fq_raw_pop_sized(int fd, const char *path, uint64_t size, size_t frame_size, int64_t cursor,
                     const void *replace, size_t replace_len, unsigned char *buf, size_t cap,
                     size_t *start, size_t *len, fq_error_t *err);

#endif /* FQ_CORE_RAW_H */
