/*
 * Regions: what a framed file keeps after its frames when it does not fit the
 * 4 KiB header: the boot state past FQ_BOOT_MAX bytes, and the delayed frames. A region lies at a 4 KiB-aligned file offset at or past the
 * end of the frames, begins with its own length in bytes (u64, these 8 bytes
 * included), and is read and written with pread/pwrite, never through the
 * frames' mapping; it holds no file offset of its own, so it can be moved by
 * copying. The committed state names each region by its offset (0: none).
 *
 * The frames grow over what lies behind them: fq_region_clear_of() copies a
 * region they would cover past them, and the caller commits the state that
 * names the new place before a frame is written over the old one. When the
 * frames start again at the front (the queue emptied, or clear()),
 * fq_region_settle() moves the regions down and cuts the file after them.
 * Every call runs under the queue's lock.
 */
#ifndef FQ_CORE_FRAMED_REGION_H
#define FQ_CORE_FRAMED_REGION_H

#include <stddef.h>
#include <stdint.h>

#include "queue.h"

#define FQ_REGION_BOOT   0   /* the boot state, when longer than FQ_BOOT_MAX (boot_area FQ_BOOT_IN_REGION) */
#define FQ_REGION_DELAY  1   /* the delayed frames (delay.c) */
#define FQ_REGION_HEAD   8   /* the u64 length at the start of a region */
#define FQ_REGION_ALIGN  4096u
#define FQ_REGION_MAX    ((uint64_t) 1 << 30)  /* a longer length comes from a damaged file */

/* Where the frames of st end: the lowest offset a region may take. */
uint64_t fq_region_frames_end(const fq_queue_t *q, const fq_state_t *st);

/* The length of the region at off (FQ_ECORRUPT when the file cannot hold it). */
int fq_region_len(fq_queue_t *q, uint64_t off, uint64_t *len, fq_error_t *err);

/* The length of st's region i; the boot region's must be what the state says its boot state takes. */
int fq_region_len_of(fq_queue_t *q, const fq_state_t *st, size_t i, uint64_t *len, fq_error_t *err);

/*
 * A place for a new region of len bytes (FQ_REGION_HEAD included): the lowest
 * aligned offset at or past the frames of st that overlaps no region of st
 * (which stays valid until the state naming the new one is committed).
 */
int fq_region_place(fq_queue_t *q, const fq_state_t *st, uint64_t len, uint64_t *off, fq_error_t *err);

/* Writes a region at off: its length, then data (len bytes of payload). */
int fq_region_write(fq_queue_t *q, uint64_t off, const void *data, size_t len, fq_error_t *err);

/* Reads len bytes of the payload of the region at off, from byte at of the payload. */
int fq_region_read(fq_queue_t *q, uint64_t off, uint64_t at, void *buf, size_t len, fq_error_t *err);

/* Copies len bytes of the file from offset from to offset to (a region moving, or a part of one). */
int fq_region_copy(fq_queue_t *q, uint64_t from, uint64_t to, uint64_t len, fq_error_t *err);

/*
 * The frames of st are to reach file offset end: each region of st below end
 * is copied past it and st names the copy. *moved: 1 when st changed (the
 * caller commits it before touching [old frames end, end)).
 */
int fq_region_clear_of(fq_queue_t *q, fq_state_t *st, uint64_t end, int *moved, fq_error_t *err);

/*
 * After a committed state whose frames were cut back (rewind, clear): the
 * regions are moved down where there is room, and the file is cut after the
 * last of them (or after the header when there is none). Best effort: a
 * failure leaves a longer file, never a region lost.
 */
void fq_region_settle(fq_queue_t *q);

/* Cuts the file after the committed state's last region or frame (what a rewritten region left behind). Best effort. */
void fq_region_trim(fq_queue_t *q);

#endif /* FQ_CORE_FRAMED_REGION_H */
