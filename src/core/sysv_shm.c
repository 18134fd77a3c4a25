#include "platform.h"
#include "sysv_shm.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/types.h>

#include "ipcs.h"

#define FQ_SHM_WHAT "shared memory"
#define FQ_SHM_MAGIC "PHP_SM"  /* compared as sysvshm does: strcmp, so up to its NUL */

static int fq_shm_corrupt(const fq_shm_t *s, fq_error_t *err, const char *what, long a, long b)
{
	return fq_error_set(err, FQ_ECORRUPT,
		"shared memory key 0x%x (id %d) is corrupt: %s (%ld, %ld; segment of %zu bytes)",
		(unsigned) s->key, s->id, what, a, b, s->size);
}

static int fq_shm_detached(const fq_shm_t *s, fq_error_t *err)
{
	return fq_error_set(err, FQ_ESTATE, "shared memory key 0x%x (id %d) is no longer attached (removed)", (unsigned) s->key, s->id);
}

/* A snapshot of the head, checked against the segment's size and itself. */
static int fq_shm_head(const fq_shm_t *s, fq_shm_head_t *h, fq_error_t *err)
{
	if (s->base == NULL) {
		return fq_shm_detached(s, err);
	}
	memcpy(h, s->base, sizeof(*h));
	if (memcmp(h->magic, FQ_SHM_MAGIC, sizeof(FQ_SHM_MAGIC)) != 0) {
		return fq_shm_corrupt(s, err, "no PHP_SM magic", 0, 0);
	}
	if (h->start < FQ_SHM_HEAD_SIZE || h->start > h->end) {
		return fq_shm_corrupt(s, err, "bad start, end", h->start, h->end);
	}
	if (h->total < h->end || (unsigned long) h->total > s->size) {
		return fq_shm_corrupt(s, err, "bad end, total", h->end, h->total);
	}
	if (h->free != h->total - h->end) {
		return fq_shm_corrupt(s, err, "free is not total - end", h->free, h->total - h->end);
	}
	return FQ_OK;
}

/* Reads the chunk at pos (start <= pos < end) and checks that it lies inside [pos, end). */
static int fq_shm_chunk_at(const fq_shm_t *s, const fq_shm_head_t *h, long pos, fq_shm_chunk_t *c, fq_error_t *err)
{
	memset(c, 0, sizeof(*c));
	if (h->end - pos < FQ_SHM_CHUNK_HDR) {
		return fq_shm_corrupt(s, err, "chunk header past the end (offset, end)", pos, h->end);
	}
	memcpy(&c->key, s->base + pos, sizeof(long));
	memcpy(&c->length, s->base + pos + sizeof(long), sizeof(long));
	memcpy(&c->next, s->base + pos + 2 * sizeof(long), sizeof(long));
	if (c->next < FQ_SHM_CHUNK_HDR || c->next > h->end - pos) {
		return fq_shm_corrupt(s, err, "bad chunk size (offset, size)", pos, c->next);
	}
	if (c->length < 0 || c->length > c->next - FQ_SHM_CHUNK_HDR) {
		return fq_shm_corrupt(s, err, "bad value length (offset, length)", pos, c->length);
	}
	return FQ_OK;
}

/* Finds vkey: *pos is its chunk's offset (and *c the chunk), or -1. */
static int fq_shm_find(const fq_shm_t *s, const fq_shm_head_t *h, long vkey, long *pos, fq_shm_chunk_t *c, fq_error_t *err)
{
	long p = h->start;
	int rc;

	while (p < h->end) {
		rc = fq_shm_chunk_at(s, h, p, c, err);
		if (rc != FQ_OK) {
			return rc;
		}
		if (c->key == vkey) {
			*pos = p;
			return FQ_OK;
		}
		p += c->next;
	}
	*pos = -1;
	return FQ_OK;
}

static void fq_shm_store_head(fq_shm_t *s, const fq_shm_head_t *h)
{
	memcpy(s->base, h, sizeof(*h));
}

/*
 * Attaches segment id and checks its size; a segment sysvshm never formatted
 * gets the sysvshm head, with total = want (0: the segment's size), kept
 * inside the segment (sysvshm would trust the size it was given).
 */
static int fq_shm_map(fq_shm_t *s, int32_t key, int id, long want, fq_error_t *err)
{
	struct shmid_ds ds;
	fq_shm_head_t h;
	void *addr = shmat(id, NULL, 0);

	if (addr == (void *) -1) {
		return fq_ipc_error(err, errno, "shmat", FQ_SHM_WHAT, key, id);
	}
	s->id = id;
	s->base = addr;
	if (shmctl(id, IPC_STAT, &ds) < 0) {
		int rc = fq_ipc_error(err, errno, "shmctl(IPC_STAT)", FQ_SHM_WHAT, key, id);
		fq_shm_detach(s);
		return rc;
	}
	s->size = (size_t) ds.shm_segsz;
	if (s->size < (size_t) FQ_SHM_HEAD_SIZE) {
		int rc = fq_shm_corrupt(s, err, "segment smaller than the sysvshm head", (long) s->size, FQ_SHM_HEAD_SIZE);
		fq_shm_detach(s);
		return rc;
	}
	memcpy(&h, s->base, sizeof(h));
	if (memchr(h.magic, '\0', sizeof(h.magic)) == NULL || strcmp(h.magic, FQ_SHM_MAGIC) != 0) {
		/* a new segment (or one sysvshm never formatted): format it as shm_attach does */
		long size = (long) (s->size > (size_t) LONG_MAX ? LONG_MAX : s->size);

		memset(&h, 0, sizeof(h));
		memcpy(h.magic, FQ_SHM_MAGIC, sizeof(FQ_SHM_MAGIC));
		h.start = FQ_SHM_HEAD_SIZE;
		h.end = h.start;
		h.total = want > 0 && want < size ? want : size;
		if (h.total < h.end) {
			h.total = h.end;
		}
		h.free = h.total - h.end;
		fq_shm_store_head(s, &h);
	}
	return FQ_OK;
}

int fq_shm_attach(fq_shm_t *s, int32_t key, size_t size, unsigned perms, fq_error_t *err)
{
	int id = -1, tries;

	s->key = key;
	s->id = -1;
	s->base = NULL;
	s->size = 0;
	for (tries = 0; tries < 16; tries++) {
		if (key != FQ_IPC_PRIVATE) {
			id = shmget((key_t) key, 0, 0);
			if (id >= 0) {
				break;
			}
			if (errno != ENOENT) {
				return fq_ipc_error(err, errno, "shmget", FQ_SHM_WHAT, key, -1);
			}
		}
		if (size < (size_t) FQ_SHM_HEAD_SIZE) {
			return fq_error_set(err, FQ_EARG, "a new segment needs at least %ld bytes, %zu given", FQ_SHM_HEAD_SIZE, size);
		}
		if (size > (size_t) LONG_MAX) {
			return fq_error_set(err, FQ_EARG, "segment size %zu is too large", size);
		}
		id = shmget((key_t) key, size, IPC_CREAT | IPC_EXCL | (int) (perms & FQ_IPC_PERMS_MAX));
		if (id >= 0 || errno != EEXIST) {
			break;
		}
	}
	if (id < 0) {
		return fq_ipc_error(err, errno, "shmget", FQ_SHM_WHAT, key, -1);
	}
	return fq_shm_map(s, key, id, 0, err);
}

void fq_shm_detach(fq_shm_t *s)
{
	if (s->base != NULL) {
		shmdt(s->base);
		s->base = NULL;
	}
}

int fq_shm_attach_kernel(fq_shm_t *s, int32_t key, long size, int shmflg, fq_error_t *err)
{
	int id;

	s->key = key;
	s->id = -1;
	s->base = NULL;
	s->size = 0;
	id = shmget((key_t) key, 0, 0);
	if (id < 0) {
		if (size < FQ_SHM_HEAD_SIZE) {
			return fq_error_set(err, FQ_EARG, "a new segment needs at least %ld bytes, %ld given", FQ_SHM_HEAD_SIZE, size);
		}
		id = shmget((key_t) key, (size_t) size, shmflg | IPC_CREAT | IPC_EXCL);
		if (id < 0) {
			return fq_ipc_error(err, errno, "shmget", FQ_SHM_WHAT, key, -1);
		}
	}
	return fq_shm_map(s, key, id, size, err);
}

int fq_shm_destroy_kernel(const fq_shm_t *s, fq_error_t *err)
{
	if (shmctl(s->id, IPC_RMID, NULL) < 0) {
		return fq_ipc_error(err, errno, "shmctl(IPC_RMID)", FQ_SHM_WHAT, s->key, s->id);
	}
	return FQ_OK;
}

int fq_shm_destroy(const fq_shm_t *s, fq_error_t *err)
{
	if (s->base == NULL) {
		return fq_shm_detached(s, err);  /* removed through this object already: its id may name another segment now */
	}
	if (shmctl(s->id, IPC_RMID, NULL) < 0) {
		return fq_ipc_error(err, errno == EINVAL ? EIDRM : errno, "shmctl(IPC_RMID)", FQ_SHM_WHAT, s->key, s->id);
	}
	return FQ_OK;
}

/* Removes the chunk at pos (already checked): the chunks after it move down. */
static void fq_shm_cut(fq_shm_t *s, fq_shm_head_t *h, long pos, long next)
{
	long tail = h->end - pos - next;

	if (tail > 0) {
		memmove(s->base + pos, s->base + pos + next, (size_t) tail);
	}
	h->end -= next;
	h->free += next;
}

int fq_shm_put(fq_shm_t *s, long vkey, const void *data, size_t len, fq_error_t *err)
{
	return fq_shm_put_ex(s, vkey, data, len, 0, err);
}

int fq_shm_put_ex(fq_shm_t *s, long vkey, const void *data, size_t len, int flags, fq_error_t *err)
{
	fq_shm_head_t h;
	fq_shm_chunk_t c;
	long pos, need, room;
	int rc;

	rc = fq_shm_head(s, &h, err);
	if (rc != FQ_OK) {
		return rc;
	}
	if (flags & FQ_SHM_CUT_FIRST) {
		rc = fq_shm_find(s, &h, vkey, &pos, &c, err);
		if (rc != FQ_OK) {
			return rc;
		}
		if (pos >= 0) {
			fq_shm_cut(s, &h, pos, c.next);
			fq_shm_store_head(s, &h);
		}
	}
	if (len > s->size) {
		return fq_error_set(err, FQ_ETOOBIG,
			"shared memory key 0x%x (id %d): a value of %zu bytes is larger than the segment (%zu bytes)",
			(unsigned) s->key, s->id, len, s->size);
	}
	/* sysvshm's chunk size: the value plus the chunk header, rounded to a long, plus one long */
	need = (long) (((len + sizeof(fq_shm_chunk_t) - 1) / sizeof(long)) * sizeof(long) + sizeof(long));
	rc = fq_shm_find(s, &h, vkey, &pos, &c, err);
	if (rc != FQ_OK) {
		return rc;
	}
	room = h.free + (pos >= 0 ? c.next : 0);
	if (need > room) {
		return fq_error_set(err, FQ_ETOOBIG,
			"shared memory key 0x%x (id %d): a value of %zu bytes needs %ld bytes, %ld are free",
			(unsigned) s->key, s->id, len, need, room);
	}
	if (pos >= 0) {
		fq_shm_cut(s, &h, pos, c.next);
	}
	c.key = vkey;
	c.length = (long) len;
	c.next = need;
	memcpy(s->base + h.end, &c.key, sizeof(long));
	memcpy(s->base + h.end + sizeof(long), &c.length, sizeof(long));
	memcpy(s->base + h.end + 2 * sizeof(long), &c.next, sizeof(long));
	if (len > 0) {
		memcpy(s->base + h.end + FQ_SHM_CHUNK_HDR, data, len);
	}
	h.end += need;
	h.free -= need;
	fq_shm_store_head(s, &h);
	return FQ_OK;
}

/* The head, and the chunk of vkey at *pos: FQ_ENOENT when vkey has no value. */
static int fq_shm_locate(const fq_shm_t *s, long vkey, fq_shm_head_t *h, long *pos, fq_shm_chunk_t *c, fq_error_t *err)
{
	int rc = fq_shm_head(s, h, err);

	if (rc == FQ_OK) {
		rc = fq_shm_find(s, h, vkey, pos, c, err);
	}
	if (rc == FQ_OK && *pos < 0) {
		rc = fq_error_set(err, FQ_ENOENT, "shared memory key 0x%x (id %d): variable key %ld doesn't exist",
			(unsigned) s->key, s->id, vkey);
	}
	return rc;
}

int fq_shm_get(const fq_shm_t *s, long vkey, fq_shm_alloc_t alloc, void *ctx, size_t *len, fq_error_t *err)
{
	fq_shm_head_t h;
	fq_shm_chunk_t c;
	long pos;
	void *buf;
	int rc = fq_shm_locate(s, vkey, &h, &pos, &c, err);

	if (rc != FQ_OK) {
		return rc;
	}
	*len = (size_t) c.length;
	buf = alloc(*len, ctx);
	if (buf == NULL) {
		return fq_ipc_error(err, ENOMEM, "reading a value", FQ_SHM_WHAT, s->key, s->id);
	}
	if (*len > 0) {
		memcpy(buf, s->base + pos + FQ_SHM_CHUNK_HDR, *len);
	}
	return FQ_OK;
}

int fq_shm_has(const fq_shm_t *s, long vkey, int *found, fq_error_t *err)
{
	fq_shm_head_t h;
	fq_shm_chunk_t c;
	long pos;
	int rc = fq_shm_locate(s, vkey, &h, &pos, &c, err);

	*found = rc == FQ_OK;
	return rc == FQ_ENOENT ? FQ_OK : rc;
}

int fq_shm_remove_var(fq_shm_t *s, long vkey, fq_error_t *err)
{
	fq_shm_head_t h;
	fq_shm_chunk_t c;
	long pos;
	int rc = fq_shm_locate(s, vkey, &h, &pos, &c, err);

	if (rc != FQ_OK) {
		return rc;
	}
	fq_shm_cut(s, &h, pos, c.next);
	fq_shm_store_head(s, &h);
	return FQ_OK;
}

int fq_shm_keys(const fq_shm_t *s, long *keys, size_t cap, size_t *count, fq_error_t *err)
{
	fq_shm_head_t h;
	fq_shm_chunk_t c;
	long p;
	size_t n = 0;
	int rc;

	rc = fq_shm_head(s, &h, err);
	if (rc != FQ_OK) {
		return rc;
	}
	for (p = h.start; p < h.end; p += c.next) {
		rc = fq_shm_chunk_at(s, &h, p, &c, err);
		if (rc != FQ_OK) {
			return rc;
		}
		if (n < cap) {
			keys[n] = c.key;
		}
		n++;
	}
	*count = n;
	if (n > cap) {
		return fq_error_set(err, FQ_ETOOBIG, "%zu keys, room for %zu", n, cap);
	}
	return FQ_OK;
}

int fq_shm_usage(const fq_shm_t *s, fq_shm_usage_t *u, fq_error_t *err)
{
	fq_shm_head_t h;
	size_t count = 0;
	int rc;

	rc = fq_shm_head(s, &h, err);
	if (rc != FQ_OK) {
		return rc;
	}
	rc = fq_shm_keys(s, NULL, 0, &count, err);
	if (rc != FQ_OK && rc != FQ_ETOOBIG) {
		return rc;
	}
	u->total = h.total;
	u->used = h.end - h.start;
	u->free = h.free;
	u->count = (long) count;
	return FQ_OK;
}
