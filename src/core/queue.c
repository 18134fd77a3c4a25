#include "features.h"
#include "queue.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#ifdef __linux__
# include <limits.h>
# include <linux/futex.h>
# include <sys/inotify.h>
# include <sys/syscall.h>
#endif

#include "crc32c.h"
#include "lock.h"
#include "raw.h"

/* Header layout (native byte order; the version word doubles as a byte-order check). */
#define FQ_OFF_VERSION    8
#define FQ_OFF_HDRSIZE    12
#define FQ_OFF_FRAMESIZE  16
#define FQ_OFF_FLAGS      20
#define FQ_OFF_HCRC       24
#define FQ_OFF_SLOTS      32
#define FQ_SLOT_SIZE      128
#define FQ_OFF_WAKE       288  /* u32 bumped on every push: the futex word of wait() */
#define FQ_OFF_WAITERS    292  /* u32 processes sleeping on it */
#define FQ_OFF_BOOT       512  /* two boot areas of FQ_BOOT_MAX bytes */
#define FQ_VERSION        1

/* Hole punching and shrinking keep a long-lived FIFO file from growing without bound. */
#define FQ_PUNCH_CHUNK    (1u << 20)
#define FQ_SHRINK_BYTES   (64u << 20)

static const unsigned char fq_magic[8] = {'F', 'I', 'L', 'E', 'Q', 0, 0x1a, '\n'};

/* Bumped in every forked child: a handle opened before fork() must reopen its file. */
static volatile unsigned long fq_fork_generation;
static int fq_core_ready;

static void fq_atfork_child(void)
{
	fq_fork_generation++;
}

void fq_core_init(void)
{
	fq_crc32c_init();
	if (!fq_core_ready) {
		pthread_atfork(NULL, NULL, fq_atfork_child);
		fq_core_ready = 1;
	}
}

int64_t fq_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void fq_put32(unsigned char *p, uint32_t v) { memcpy(p, &v, 4); }
static void fq_put64(unsigned char *p, uint64_t v) { memcpy(p, &v, 8); }
static uint32_t fq_get32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t fq_get64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }

static int fq_is_raw(const fq_queue_t *q)
{
	return (q->flags & FQ_QUEUE_RAW) != 0;
}

size_t fq_queue_max_payload(const fq_queue_t *q)
{
	return fq_is_raw(q) ? q->frame_size : q->frame_size - FQ_FRAME_OVERHEAD;
}

size_t fq_queue_boot_capacity(const fq_queue_t *q)
{
	return fq_is_raw(q) ? FQ_RAW_BOOT_SIZE : FQ_BOOT_MAX;
}

static uint64_t fq_frame_offset(const fq_queue_t *q, uint64_t index)
{
	return FQ_HEADER_SIZE + index * (uint64_t) q->frame_size;
}

/* ---- commit slots ---------------------------------------------------- */

static void fq_slot_encode(unsigned char *s, const fq_state_t *st)
{
	memset(s, 0, FQ_SLOT_SIZE);
	fq_put64(s + 0, st->seq);
	fq_put64(s + 8, st->head);
	fq_put64(s + 16, st->tail);
	fq_put64(s + 24, st->hwm);
	fq_put64(s + 32, st->pushed);
	fq_put64(s + 40, st->popped);
	fq_put64(s + 48, st->dropped);
	fq_put32(s + 56, st->boot_len);
	fq_put32(s + 60, st->boot_crc);
	fq_put32(s + 64, st->boot_area);
	fq_put32(s + FQ_SLOT_SIZE - 4, fq_crc32c(0, s, FQ_SLOT_SIZE - 4));
}

/* 1 when the slot's checksum holds and its values are coherent. */
static int fq_slot_decode(const unsigned char *s, fq_state_t *st)
{
	if (fq_get32(s + FQ_SLOT_SIZE - 4) != fq_crc32c(0, s, FQ_SLOT_SIZE - 4)) {
		return 0;
	}
	st->seq = fq_get64(s + 0);
	st->head = fq_get64(s + 8);
	st->tail = fq_get64(s + 16);
	st->hwm = fq_get64(s + 24);
	st->pushed = fq_get64(s + 32);
	st->popped = fq_get64(s + 40);
	st->dropped = fq_get64(s + 48);
	st->boot_len = fq_get32(s + 56);
	st->boot_crc = fq_get32(s + 60);
	st->boot_area = fq_get32(s + 64);
	return st->head <= st->tail && st->tail <= st->hwm && st->hwm < ((uint64_t) 1 << 48)
		&& st->boot_len <= FQ_BOOT_MAX && st->boot_area <= 1;
}

static int fq_load_state(fq_queue_t *q, fq_error_t *err)
{
	fq_state_t a, b;
	int va = fq_slot_decode(q->map + FQ_OFF_SLOTS, &a);
	int vb = fq_slot_decode(q->map + FQ_OFF_SLOTS + FQ_SLOT_SIZE, &b);

	if (va && (!vb || a.seq > b.seq)) {
		q->st = a;
	} else if (vb) {
		q->st = b;
	} else {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: both commit slots are damaged", q->path);
	}
	return FQ_OK;
}

static int fq_sync(fq_queue_t *q, fq_error_t *err)
{
	int rc;

#ifdef __linux__
	do {
		rc = fdatasync(q->fd);
	} while (rc != 0 && errno == EINTR);
#else
	do {
		rc = fsync(q->fd);
	} while (rc != 0 && errno == EINTR);
#endif
	if (rc != 0) {
		return fq_error_sys(err, errno, "fdatasync", q->path);
	}
	return FQ_OK;
}

/* Makes st the queue's state: the next slot is written whole, the other one keeps the previous state. */
static int fq_commit(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	unsigned char slot[FQ_SLOT_SIZE];

	st->seq = q->st.seq + 1;
	fq_slot_encode(slot, st);
	memcpy(q->map + FQ_OFF_SLOTS + (st->seq & 1) * FQ_SLOT_SIZE, slot, FQ_SLOT_SIZE);
	q->st = *st;
	if (q->flags & FQ_QUEUE_SYNC) {
		return fq_sync(q, err);
	}
	return FQ_OK;
}

static void fq_wake(fq_queue_t *q)
{
	uint32_t *word = (uint32_t *) (void *) (q->map + FQ_OFF_WAKE);
	uint32_t *waiters = (uint32_t *) (void *) (q->map + FQ_OFF_WAITERS);

	__atomic_add_fetch(word, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(waiters, __ATOMIC_SEQ_CST) != 0) {
#ifdef __linux__
		syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
#endif
	}
}

/* ---- opening --------------------------------------------------------- */

static int fq_write_all(int fd, const char *path, const void *buf, size_t len, uint64_t off, fq_error_t *err)
{
	size_t done = 0;

	while (done < len) {
		ssize_t w = pwrite(fd, (const unsigned char *) buf + done, len - done, (off_t) (off + done));
		if (w < 0) {
			if (errno == EINTR) {
				continue;
			}
			return fq_error_sys(err, errno, "write", path);
		}
		done += (size_t) w;
	}
	return FQ_OK;
}

/* Writes a fresh header; the magic goes last, so a creator killed half-way leaves a file we re-create. */
static int fq_header_init(fq_queue_t *q, fq_error_t *err)
{
	unsigned char hdr[FQ_HEADER_SIZE];
	fq_state_t st;
	int rc;

	memset(hdr, 0, sizeof(hdr));
	memcpy(hdr, fq_magic, sizeof(fq_magic));
	fq_put32(hdr + FQ_OFF_VERSION, FQ_VERSION);
	fq_put32(hdr + FQ_OFF_HDRSIZE, FQ_HEADER_SIZE);
	fq_put32(hdr + FQ_OFF_FRAMESIZE, q->frame_size);
	fq_put32(hdr + FQ_OFF_FLAGS, 0);
	fq_put32(hdr + FQ_OFF_HCRC, fq_crc32c(0, hdr, FQ_OFF_HCRC));
	memset(&st, 0, sizeof(st));
	st.seq = 1;
	fq_slot_encode(hdr + FQ_OFF_SLOTS + FQ_SLOT_SIZE, &st);
	memset(hdr, 0, sizeof(fq_magic));

	rc = fq_raw_truncate(q->fd, q->path, 0, err);
	if (rc == FQ_OK) {
		rc = fq_write_all(q->fd, q->path, hdr, sizeof(hdr), 0, err);
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	if (rc == FQ_OK) {
		rc = fq_write_all(q->fd, q->path, fq_magic, sizeof(fq_magic), 0, err);
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	return rc;
}

static int fq_header_check(fq_queue_t *q, uint64_t size, fq_error_t *err)
{
	unsigned char hdr[FQ_OFF_SLOTS];
	size_t got, i;
	int rc, blank = 1;

	rc = fq_raw_read(q->fd, q->path, 0, hdr, sizeof(hdr), &got, err);
	if (rc != FQ_OK) {
		return rc;
	}
	for (i = 0; i < sizeof(fq_magic) && i < got; i++) {
		blank &= hdr[i] == 0;
	}
	if (size == 0 || (blank && size <= FQ_HEADER_SIZE)) {
		return fq_header_init(q, err);
	}
	if (got < sizeof(hdr) || memcmp(hdr, fq_magic, sizeof(fq_magic)) != 0) {
		return fq_error_set(err, FQ_ECORRUPT, "'%s' is not a fileq queue file (no fileq header)", q->path);
	}
	if (fq_get32(hdr + FQ_OFF_HCRC) != fq_crc32c(0, hdr, FQ_OFF_HCRC)) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: header checksum mismatch", q->path);
	}
	if (fq_get32(hdr + FQ_OFF_VERSION) != FQ_VERSION || fq_get32(hdr + FQ_OFF_HDRSIZE) != FQ_HEADER_SIZE) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' has format version %u, this fileq reads version %u",
			q->path, (unsigned) fq_get32(hdr + FQ_OFF_VERSION), (unsigned) FQ_VERSION);
	}
	if (size < FQ_HEADER_SIZE) {
		return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: truncated to %llu bytes",
			q->path, (unsigned long long) size);
	}
	if (fq_get32(hdr + FQ_OFF_FRAMESIZE) != q->frame_size) {
		return fq_error_set(err, FQ_ESTATE, "queue '%s' holds frames of %u bytes, not %u",
			q->path, (unsigned) fq_get32(hdr + FQ_OFF_FRAMESIZE), (unsigned) q->frame_size);
	}
	return FQ_OK;
}

static void fq_close_file(fq_queue_t *q)
{
	if (q->map != NULL) {
		munmap(q->map, FQ_HEADER_SIZE);
		q->map = NULL;
	}
	if (q->fd >= 0) {
		close(q->fd);
		q->fd = -1;
	}
	q->depth = 0;
}

static int fq_open_file(fq_queue_t *q, fq_error_t *err)
{
	struct stat sb;
	uint64_t size;
	void *map;
	int rc;

	do {
		q->fd = open(q->path, O_RDWR | O_CREAT | O_CLOEXEC, (mode_t) q->mode);
	} while (q->fd < 0 && errno == EINTR);
	if (q->fd < 0) {
		return fq_error_sys(err, errno, "open", q->path);
	}
	if (fstat(q->fd, &sb) != 0) {
		rc = fq_error_sys(err, errno, "fstat", q->path);
		fq_close_file(q);
		return rc;
	}
	if (!S_ISREG(sb.st_mode)) {
		fq_close_file(q);
		return fq_error_set(err, FQ_ESTATE, "'%s' is not a regular file", q->path);
	}
	q->dev = (uint64_t) sb.st_dev;
	q->ino = (uint64_t) sb.st_ino;
	q->fork_gen = fq_fork_generation;
	if (fq_is_raw(q)) {
		return FQ_OK;
	}

	rc = fq_lock_ex(q->fd, q->path, err);
	if (rc != FQ_OK) {
		fq_close_file(q);
		return rc;
	}
	rc = fq_raw_size(q->fd, q->path, &size, err);
	if (rc == FQ_OK) {
		rc = fq_header_check(q, size, err);
	}
	if (rc == FQ_OK) {
		map = mmap(NULL, FQ_HEADER_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, q->fd, 0);
		if (map == MAP_FAILED) {
			rc = fq_error_sys(err, errno, "mmap", q->path);
		} else {
			q->map = map;
			rc = fq_load_state(q, err);
		}
	}
	if (rc != FQ_OK) {
		fq_close_file(q);  /* closing drops the lock */
		return rc;
	}
	return fq_lock_un(q->fd, q->path, err);
}

int fq_queue_open(fq_queue_t *q, const char *path, uint32_t frame_size, int flags,
                  unsigned int mode, fq_error_t *err)
{
	uint32_t min = (flags & FQ_QUEUE_RAW) ? 1 : FQ_FRAME_OVERHEAD + 1;

	memset(q, 0, sizeof(*q));
	q->fd = -1;
	q->path = path;
	q->flags = flags;
	q->mode = mode;
	q->frame_size = frame_size;
	if (frame_size < min || frame_size > FQ_FRAME_SIZE_MAX) {
		return fq_error_set(err, FQ_EARG, "frame size must be between %u and %u, %u given",
			(unsigned) min, (unsigned) FQ_FRAME_SIZE_MAX, (unsigned) frame_size);
	}
	fq_core_init();
	return fq_open_file(q, err);
}

void fq_queue_close(fq_queue_t *q)
{
	fq_close_file(q);
}

/* ---- locking ---------------------------------------------------------- */

int fq_queue_lock(fq_queue_t *q, fq_error_t *err)
{
	return fq_queue_lock_size(q, NULL, err);
}

int fq_queue_lock_size(fq_queue_t *q, uint64_t *size, fq_error_t *err)
{
	fq_error_t scratch;
	struct stat sb;
	int rc;

	if (q->fd >= 0 && q->fork_gen != fq_fork_generation) {
		/* A child: the inherited descriptor shares the parent's lock. Start afresh. */
		fq_close_file(q);
	}
	if (q->depth > 0) {
		q->depth++;
		if (size != NULL && (rc = fq_raw_size(q->fd, q->path, size, err)) != FQ_OK) {
			q->depth--;
			return rc;
		}
		return FQ_OK;
	}
	for (;;) {
		if (q->fd < 0) {
			rc = fq_open_file(q, err);
			if (rc != FQ_OK) {
				return rc;
			}
		}
		rc = fq_lock_ex(q->fd, q->path, err);
		if (rc != FQ_OK) {
			return rc;
		}
		if (stat(q->path, &sb) != 0) {
			if (errno != ENOENT) {
				rc = fq_error_sys(err, errno, "stat", q->path);
				fq_lock_un(q->fd, q->path, &scratch);
				return rc;
			}
			fq_close_file(q);  /* deleted under us: the next open creates it again */
			continue;
		}
		if ((uint64_t) sb.st_ino != q->ino || (uint64_t) sb.st_dev != q->dev) {
			fq_close_file(q);  /* replaced under us */
			continue;
		}
		break;
	}
	if (size != NULL) {
		*size = (uint64_t) sb.st_size;  /* the path is our inode: its size is our file's */
	}
	if (!fq_is_raw(q)) {
		if ((uint64_t) sb.st_size < FQ_HEADER_SIZE) {
			fq_lock_un(q->fd, q->path, &scratch);
			return fq_error_set(err, FQ_ECORRUPT, "queue '%s' is corrupt: truncated to %llu bytes",
				q->path, (unsigned long long) sb.st_size);
		}
		rc = fq_load_state(q, err);
		if (rc != FQ_OK) {
			fq_lock_un(q->fd, q->path, &scratch);
			return rc;
		}
	}
	q->depth = 1;
	return FQ_OK;
}

int fq_queue_unlock(fq_queue_t *q, fq_error_t *err)
{
	if (q->depth <= 0) {
		return FQ_OK;
	}
	if (--q->depth > 0) {
		return FQ_OK;
	}
	return fq_lock_un(q->fd, q->path, err);
}

/* Ends an operation: releases the lock, keeping the first error. */
static int fq_leave(fq_queue_t *q, int rc, fq_error_t *err)
{
	fq_error_t scratch;
	int urc = fq_queue_unlock(q, rc == FQ_OK ? err : &scratch);

	return rc != FQ_OK ? rc : urc;
}

/* ---- frames ----------------------------------------------------------- */

static int fq_frame_write(fq_queue_t *q, uint64_t index, const void *data, size_t len, fq_error_t *err)
{
	unsigned char hdr[FQ_FRAME_OVERHEAD];
	uint32_t len32 = (uint32_t) len;
	struct iovec iov[2];
	uint64_t off = fq_frame_offset(q, index);
	size_t total = FQ_FRAME_OVERHEAD + len, done = 0;

	fq_put32(hdr, len32);
	fq_put32(hdr + 4, fq_crc32c(fq_crc32c(0, hdr, 4), data, len));
	while (done < total) {
		int n = 0;
		ssize_t w;

		if (done < FQ_FRAME_OVERHEAD) {
			iov[n].iov_base = hdr + done;
			iov[n].iov_len = FQ_FRAME_OVERHEAD - done;
			n++;
			iov[n].iov_base = (void *) data;
			iov[n].iov_len = len;
			n++;
		} else {
			iov[n].iov_base = (unsigned char *) data + (done - FQ_FRAME_OVERHEAD);
			iov[n].iov_len = total - done;
			n++;
		}
		w = pwritev(q->fd, iov, n, (off_t) (off + done));
		if (w < 0) {
			if (errno == EINTR) {
				continue;
			}
			return fq_error_sys(err, errno, "write", q->path);
		}
		if (w == 0) {
			return fq_error_sys(err, EIO, "write", q->path);
		}
		done += (size_t) w;
	}
	return FQ_OK;
}

/* Reads the frame at index into buf; *ok = 0 when it is torn (short, oversize or checksum mismatch). */
static int fq_frame_read(fq_queue_t *q, uint64_t index, unsigned char *buf, size_t *len, int *ok, fq_error_t *err)
{
	unsigned char hdr[FQ_FRAME_OVERHEAD];
	size_t cap = fq_queue_max_payload(q), want, got = 0;
	uint64_t off = fq_frame_offset(q, index);
	uint32_t flen;

	/* Small frames come in one call; for big ones the header says how much to read. */
	want = cap <= 65536 ? cap : 0;
	*ok = 0;
	*len = 0;
	for (;;) {
		struct iovec iov[2];
		ssize_t r;

		iov[0].iov_base = hdr;
		iov[0].iov_len = sizeof(hdr);
		iov[1].iov_base = buf;
		iov[1].iov_len = want;
		r = preadv(q->fd, iov, want > 0 ? 2 : 1, (off_t) off);
		if (r < 0) {
			if (errno == EINTR) {
				continue;
			}
			return fq_error_sys(err, errno, "read", q->path);
		}
		got = (size_t) r;
		break;
	}
	if (got < sizeof(hdr)) {
		return FQ_OK;
	}
	flen = fq_get32(hdr);
	if (flen > cap) {
		return FQ_OK;
	}
	if (got - sizeof(hdr) < flen) {
		size_t have = got - sizeof(hdr);
		size_t part;
		int rc = fq_raw_read(q->fd, q->path, off + sizeof(hdr) + have, buf + have, flen - have, &part, err);
		if (rc != FQ_OK) {
			return rc;
		}
		if (part < flen - have) {
			return FQ_OK;
		}
	}
	if (fq_get32(hdr + 4) != fq_crc32c(fq_crc32c(0, hdr, 4), buf, flen)) {
		return FQ_OK;
	}
	*len = flen;
	*ok = 1;
	return FQ_OK;
}

/* Called when the queue has just become empty: start again at the front. */
static int fq_rewind(fq_queue_t *q, fq_state_t *st, fq_error_t *err)
{
	st->head = st->tail = 0;
	if (st->hwm * (uint64_t) q->frame_size > FQ_SHRINK_BYTES) {
		int rc = fq_raw_truncate(q->fd, q->path, FQ_HEADER_SIZE, err);
		if (rc != FQ_OK) {
			return rc;
		}
		st->hwm = 0;
	}
	return FQ_OK;
}

/* Gives back the disk blocks of frames that head has left behind. */
static void fq_punch(fq_queue_t *q, uint64_t old_head, uint64_t new_head)
{
#if defined(__linux__) && defined(FALLOC_FL_PUNCH_HOLE)
	uint64_t from = fq_frame_offset(q, old_head) / FQ_PUNCH_CHUNK * FQ_PUNCH_CHUNK;
	uint64_t to = fq_frame_offset(q, new_head) / FQ_PUNCH_CHUNK * FQ_PUNCH_CHUNK;

	if (from < FQ_HEADER_SIZE) {
		from = FQ_HEADER_SIZE;
	}
	if (to > from) {
		/* Best effort: a file system without hole punching keeps the blocks. */
		(void) fallocate(q->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t) from, (off_t) (to - from));
	}
#else
	(void) q;
	(void) old_head;
	(void) new_head;
#endif
}

/* ---- operations ------------------------------------------------------- */

int fq_queue_push(fq_queue_t *q, const void *data, size_t len, uint64_t *cursor, fq_error_t *err)
{
	fq_state_t st;
	int rc;

	if (len > fq_queue_max_payload(q)) {
		return fq_error_set(err, FQ_ETOOBIG, "frame of %zu bytes exceeds the %zu bytes a frame of '%s' holds",
			len, fq_queue_max_payload(q), q->path);
	}
	rc = fq_queue_lock(q, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_push(q->fd, q->path, data, len, q->frame_size, FQ_RAW_APPEND, cursor, err);
		if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
			rc = fq_sync(q, err);
		}
		return fq_leave(q, rc, err);
	}
	st = q->st;
	rc = fq_frame_write(q, st.tail, data, len, err);
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);  /* the frame is on disk before the slot that points at it */
	}
	if (rc == FQ_OK) {
		*cursor = fq_frame_offset(q, st.tail);
		st.tail++;
		if (st.tail > st.hwm) {
			st.hwm = st.tail;
		}
		st.pushed++;
		rc = fq_commit(q, &st, err);
		fq_wake(q);
	}
	return fq_leave(q, rc, err);
}

static int fq_take(fq_queue_t *q, int newest, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	fq_state_t st;
	int rc, ok = 0;

	*found = 0;
	*start = 0;
	*len = 0;
	rc = fq_queue_lock(q, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		if (!newest) {
			rc = fq_error_set(err, FQ_ESTATE,
				"shift() needs the framed format: the RAW layout of '%s' is a stack emptied from the end", q->path);
		} else {
			rc = fq_raw_pop(q->fd, q->path, q->frame_size, FQ_RAW_APPEND, NULL, 0, buf, start, len, err);
			*found = rc == FQ_OK && *len > 0;
			if (*found && (q->flags & FQ_QUEUE_SYNC)) {
				rc = fq_sync(q, err);
			}
		}
		return fq_leave(q, rc, err);
	}
	st = q->st;
	while (st.tail > st.head) {
		uint64_t index = newest ? st.tail - 1 : st.head;

		rc = fq_frame_read(q, index, buf, len, &ok, err);
		if (rc != FQ_OK) {
			return fq_leave(q, rc, err);
		}
		if (newest) {
			st.tail--;
		} else {
			st.head++;
		}
		if (ok) {
			st.popped++;
			break;
		}
		st.dropped++;  /* torn: never returned, dropped under the lock */
	}
	if (st.head == st.tail && (st.tail != q->st.tail || st.head != q->st.head || st.head != 0)) {
		rc = fq_rewind(q, &st, err);
	} else if (!newest) {
		fq_punch(q, q->st.head, st.head);
	}
	if (rc == FQ_OK && (st.head != q->st.head || st.tail != q->st.tail)) {
		rc = fq_commit(q, &st, err);
		*found = ok && rc == FQ_OK;
	}
	return fq_leave(q, rc, err);
}

int fq_queue_pop(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	return fq_take(q, 1, buf, start, len, found, err);
}

int fq_queue_shift(fq_queue_t *q, unsigned char *buf, size_t *start, size_t *len, int *found, fq_error_t *err)
{
	return fq_take(q, 0, buf, start, len, found, err);
}

/* Maps a framed cursor to a live frame index. */
static int fq_cursor_index(fq_queue_t *q, uint64_t cursor, uint64_t *index, fq_error_t *err)
{
	if (cursor < FQ_HEADER_SIZE || (cursor - FQ_HEADER_SIZE) % q->frame_size != 0) {
		return fq_error_set(err, FQ_EARG, "cursor %llu is not the start of a frame of '%s'",
			(unsigned long long) cursor, q->path);
	}
	*index = (cursor - FQ_HEADER_SIZE) / q->frame_size;
	return FQ_OK;
}

int fq_queue_read(fq_queue_t *q, uint64_t cursor, unsigned char *buf, size_t *start, size_t *len, fq_error_t *err)
{
	uint64_t index = 0;
	size_t got;
	int rc, ok;

	*start = 0;
	*len = 0;
	if (!fq_is_raw(q) && (rc = fq_cursor_index(q, cursor, &index, err)) != FQ_OK) {
		return rc;
	}
	rc = fq_queue_lock(q, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_read(q->fd, q->path, cursor, buf, q->frame_size, &got, err);
		if (rc == FQ_OK) {
			*len = fq_raw_trim(buf, got, start);
			if (*len == 0) {
				rc = fq_error_set(err, FQ_ENOENT, "no frame at cursor %llu of '%s'", (unsigned long long) cursor, q->path);
			}
		}
		return fq_leave(q, rc, err);
	}
	if (index < q->st.head || index >= q->st.tail) {
		rc = fq_error_set(err, FQ_ENOENT, "no frame at cursor %llu of '%s'", (unsigned long long) cursor, q->path);
		return fq_leave(q, rc, err);
	}
	rc = fq_frame_read(q, index, buf, len, &ok, err);
	if (rc == FQ_OK && !ok) {
		rc = fq_error_set(err, FQ_ECORRUPT, "frame at cursor %llu of '%s' is damaged (checksum mismatch)",
			(unsigned long long) cursor, q->path);
	}
	return fq_leave(q, rc, err);
}

int fq_queue_write(fq_queue_t *q, uint64_t cursor, const void *data, size_t len, fq_error_t *err)
{
	uint64_t index = 0;
	int rc;

	if (len > fq_queue_max_payload(q)) {
		return fq_error_set(err, FQ_ETOOBIG, "frame of %zu bytes exceeds the %zu bytes a frame of '%s' holds",
			len, fq_queue_max_payload(q), q->path);
	}
	if (!fq_is_raw(q) && (rc = fq_cursor_index(q, cursor, &index, err)) != FQ_OK) {
		return rc;
	}
	rc = fq_queue_lock(q, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_write(q->fd, q->path, cursor, data, len, q->frame_size, err);
	} else if (index < q->st.head || index >= q->st.tail) {
		rc = fq_error_set(err, FQ_ENOENT, "no frame at cursor %llu of '%s'", (unsigned long long) cursor, q->path);
	} else {
		rc = fq_frame_write(q, index, data, len, err);
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	return fq_leave(q, rc, err);
}

int fq_queue_count(fq_queue_t *q, uint64_t *count, fq_error_t *err)
{
	uint64_t size;
	int rc = fq_queue_lock(q, err);

	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_size(q->fd, q->path, &size, err);
		*count = size / q->frame_size;
	} else {
		*count = q->st.tail - q->st.head;
	}
	return fq_leave(q, rc, err);
}

int fq_queue_clear(fq_queue_t *q, fq_error_t *err)
{
	fq_state_t st;
	int rc = fq_queue_lock(q, err);

	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_truncate(q->fd, q->path, 0, err);
	} else {
		st = q->st;
		st.head = st.tail = st.hwm = 0;
		rc = fq_raw_truncate(q->fd, q->path, FQ_HEADER_SIZE, err);
		if (rc == FQ_OK) {
			rc = fq_commit(q, &st, err);
		}
	}
	if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
		rc = fq_sync(q, err);
	}
	return fq_leave(q, rc, err);
}

int fq_queue_boot_read(fq_queue_t *q, unsigned char *buf, size_t *len, fq_error_t *err)
{
	const unsigned char *area;
	size_t got, start;
	int rc = fq_queue_lock(q, err);

	*len = 0;
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_read(q->fd, q->path, 0, buf, FQ_RAW_BOOT_SIZE, &got, err);
		if (rc == FQ_OK) {
			*len = fq_raw_trim(buf, got, &start);
			memmove(buf, buf + start, *len);
		}
		return fq_leave(q, rc, err);
	}
	area = q->map + FQ_OFF_BOOT + q->st.boot_area * FQ_BOOT_MAX;
	if (q->st.boot_len > 0) {
		if (fq_crc32c(0, area, q->st.boot_len) != q->st.boot_crc) {
			rc = fq_error_set(err, FQ_ECORRUPT, "boot frame of '%s' is damaged (checksum mismatch)", q->path);
			return fq_leave(q, rc, err);
		}
		memcpy(buf, area, q->st.boot_len);
		*len = q->st.boot_len;
	}
	return fq_leave(q, rc, err);
}

int fq_queue_boot_write(fq_queue_t *q, const void *data, size_t len, fq_error_t *err)
{
	fq_state_t st;
	int rc;

	if (len > fq_queue_boot_capacity(q)) {
		return fq_error_set(err, FQ_ETOOBIG, "boot state of %zu bytes exceeds the %zu bytes the boot frame of '%s' holds",
			len, fq_queue_boot_capacity(q), q->path);
	}
	rc = fq_queue_lock(q, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (fq_is_raw(q)) {
		rc = fq_raw_write(q->fd, q->path, 0, data, len, FQ_RAW_BOOT_SIZE, err);
		if (rc == FQ_OK && (q->flags & FQ_QUEUE_SYNC)) {
			rc = fq_sync(q, err);
		}
		return fq_leave(q, rc, err);
	}
	/* Into the area the current slot does not point at; the commit flips to it. */
	st = q->st;
	st.boot_area = q->st.boot_area ^ 1;
	st.boot_len = (uint32_t) len;
	st.boot_crc = fq_crc32c(0, data, len);
	memcpy(q->map + FQ_OFF_BOOT + st.boot_area * FQ_BOOT_MAX, data, len);
	if (q->flags & FQ_QUEUE_SYNC) {
		rc = fq_sync(q, err);
	}
	if (rc == FQ_OK) {
		rc = fq_commit(q, &st, err);
	}
	return fq_leave(q, rc, err);
}

int fq_queue_stat(fq_queue_t *q, fq_state_t *st, uint64_t *file_size, fq_error_t *err)
{
	int rc = fq_queue_lock(q, err);

	if (rc != FQ_OK) {
		return rc;
	}
	rc = fq_raw_size(q->fd, q->path, file_size, err);
	if (fq_is_raw(q)) {
		memset(st, 0, sizeof(*st));
		st->tail = st->hwm = *file_size / q->frame_size;
	} else {
		*st = q->st;
	}
	return fq_leave(q, rc, err);
}

/* ---- waiting ---------------------------------------------------------- */

/* Whether a pop would find something; called under the lock. */
static int fq_ready(fq_queue_t *q, int *ready, fq_error_t *err)
{
	unsigned char buf[4096];
	uint64_t size, at;
	size_t got, start, chunk;

	if (!fq_is_raw(q)) {
		*ready = q->st.tail > q->st.head;
		return FQ_OK;
	}
	/* RAW: the last frame is there and not blank; look at it a page at a time. */
	*ready = 0;
	if (fq_raw_size(q->fd, q->path, &size, err) != FQ_OK) {
		return err->status;
	}
	at = size > q->frame_size ? size - q->frame_size : 0;
	while (at < size) {
		chunk = size - at < sizeof(buf) ? (size_t) (size - at) : sizeof(buf);
		if (fq_raw_read(q->fd, q->path, at, buf, chunk, &got, err) != FQ_OK) {
			return err->status;
		}
		if (got == 0 || fq_raw_trim(buf, got, &start) > 0) {
			*ready = got > 0;
			return FQ_OK;
		}
		at += got;
	}
	return FQ_OK;
}

/* One wait slice is capped, so that a file replaced while we sleep is noticed. */
#define FQ_WAIT_SLICE_NS 1000000000LL

static int64_t fq_slice(int64_t deadline_ns, int64_t now)
{
	int64_t left = deadline_ns < 0 ? FQ_WAIT_SLICE_NS : deadline_ns - now;

	return left > FQ_WAIT_SLICE_NS ? FQ_WAIT_SLICE_NS : left;
}

int fq_queue_wait(fq_queue_t *q, int64_t deadline_ns, int *ready, fq_error_t *err)
{
#ifdef __linux__
	int ifd = -1;
#endif
	int rc;

	*ready = 0;
	if (q->depth > 0 && q->fork_gen == fq_fork_generation) {
		return fq_error_set(err, FQ_ESTATE, "wait() on '%s' inside a transaction would hold the lock for ever", q->path);
	}
	for (;;) {
		uint32_t seen = 0;
		int64_t now, slice;
		int waited_errno = 0;

		rc = fq_queue_lock(q, err);
		if (rc != FQ_OK) {
			break;
		}
		rc = fq_ready(q, ready, err);
		if (rc == FQ_OK && !*ready && !fq_is_raw(q)) {
			seen = __atomic_load_n((uint32_t *) (void *) (q->map + FQ_OFF_WAKE), __ATOMIC_SEQ_CST);
			__atomic_add_fetch((uint32_t *) (void *) (q->map + FQ_OFF_WAITERS), 1, __ATOMIC_SEQ_CST);
		}
#ifdef __linux__
		if (rc == FQ_OK && !*ready && fq_is_raw(q) && ifd < 0) {
			/* Watch before looking again, so a write between the look and the sleep wakes us. */
			ifd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
			if (ifd < 0 || inotify_add_watch(ifd, q->path, IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
					| IN_MOVE_SELF | IN_DELETE_SELF) < 0) {
				rc = fq_error_sys(err, errno, "inotify", q->path);
			} else {
				rc = fq_ready(q, ready, err);
			}
		}
#endif
		rc = fq_leave(q, rc, err);
		if (rc != FQ_OK || *ready) {
			break;
		}
		now = fq_now_ns();
		if (deadline_ns >= 0 && now >= deadline_ns) {
			if (!fq_is_raw(q)) {
				__atomic_sub_fetch((uint32_t *) (void *) (q->map + FQ_OFF_WAITERS), 1, __ATOMIC_SEQ_CST);
			}
			break;
		}
		slice = fq_slice(deadline_ns, now);
		if (!fq_is_raw(q)) {
#ifdef __linux__
			struct timespec ts;
			ts.tv_sec = (time_t) (slice / 1000000000);
			ts.tv_nsec = (long) (slice % 1000000000);
			if (syscall(SYS_futex, q->map + FQ_OFF_WAKE, FUTEX_WAIT, seen, &ts, NULL, 0) != 0) {
				waited_errno = errno;
			}
#else
			struct timespec ts = {0, 2000000};  /* no futex: look again every 2 ms */
			(void) seen;
			if (nanosleep(&ts, NULL) != 0) {
				waited_errno = errno;
			}
#endif
			__atomic_sub_fetch((uint32_t *) (void *) (q->map + FQ_OFF_WAITERS), 1, __ATOMIC_SEQ_CST);
		} else {
#ifdef __linux__
			struct pollfd pfd;
			char drain[4096];
			pfd.fd = ifd;
			pfd.events = POLLIN;
			pfd.revents = 0;
			if (poll(&pfd, 1, (int) ((slice + 999999) / 1000000)) < 0) {
				waited_errno = errno;
			}
			while (read(ifd, drain, sizeof(drain)) > 0) {
				/* drained: the look after the lock decides */
			}
#else
			struct timespec ts = {0, 2000000};
			if (nanosleep(&ts, NULL) != 0) {
				waited_errno = errno;
			}
#endif
		}
		if (waited_errno == EINTR) {
			rc = FQ_EINTR;
			err->status = FQ_EINTR;
			break;
		}
	}
#ifdef __linux__
	if (ifd >= 0) {
		close(ifd);
	}
#endif
	return rc;
}
