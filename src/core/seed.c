#include "platform.h"
#include "seed.h"

#include "fdio.h"

int fq_seed_open(fq_seed_file_t *f, const char *path, int64_t lock_timeout_ns, fq_error_t *err)
{
	/* Frames vary per call: the handle's frame size is only the lock's. */
	return fq_queue_open(&f->q, path, 1, FQ_QUEUE_RAW | FQ_QUEUE_BYPATH, 0666, lock_timeout_ns, err);
}

void fq_seed_close(fq_seed_file_t *f)
{
	fq_queue_close(&f->q);
}

void fq_seed_set_lock_timeout(fq_seed_file_t *f, int64_t lock_timeout_ns)
{
	fq_queue_set_lock_timeout(&f->q, lock_timeout_ns);
}

int fq_seed_busy(const fq_seed_file_t *f)
{
	return f->q.depth > 0;
}

int fq_seed_names(const fq_seed_file_t *f, const char *path)
{
	uint64_t size, dev, ino;
	fq_error_t scratch;

	return f->q.fd >= 0 && fq_io_stat_path(path, &size, &dev, &ino, &scratch) == FQ_OK && dev == f->q.dev
		&& ino == f->q.ino;
}

/* Runs the hook on a duplicate of the locked descriptor; the callback may have changed the file: *size again. */
static int fq_seed_hook(fq_seed_file_t *f, const fq_seed_call_t *c, uint64_t *size, fq_error_t *err)
{
	int fd, rc;

	if (c->hook == NULL) {
		return FQ_OK;
	}
	rc = fq_io_dup(f->q.fd, f->q.path, &fd, err);
	if (rc != FQ_OK) {
		return rc;
	}
	rc = c->hook(c->ctx, &fd, err);
	fq_io_close(fd);
	return rc == FQ_OK ? fq_io_size(f->q.fd, f->q.path, size, NULL, err) : rc;
}

/* Ends a call: unlocks, keeping the first error. */
static int fq_seed_leave(fq_seed_file_t *f, int rc, fq_error_t *err)
{
	fq_error_t scratch;
	int urc = fq_queue_unlock(&f->q, rc == FQ_OK ? err : &scratch);

	return rc != FQ_OK ? rc : urc;
}

int fq_seed_push(fq_seed_file_t *f, const fq_seed_call_t *c, uint64_t *at, fq_error_t *err)
{
	uint64_t size = 0;
	int rc = fq_queue_lock_size(&f->q, &size, err);

	if (rc != FQ_OK) {
		return rc;
	}
	rc = fq_seed_hook(f, c, &size, err);
	if (rc == FQ_OK && c->cursor == FQ_RAW_APPEND) {
		/* Appending writes at the size the lock saw (and cuts a failed write back off). */
		*at = size;
		rc = fq_raw_append(f->q.fd, f->q.path, c->data, c->len, c->frame_size, size, err);
	} else if (rc == FQ_OK) {
		rc = fq_raw_push(f->q.fd, f->q.path, c->data, c->len, c->frame_size, c->cursor, at, err);
	}
	return fq_seed_leave(f, rc, err);
}

int fq_seed_pop(fq_seed_file_t *f, const fq_seed_call_t *c, unsigned char **buf, size_t *start, size_t *len,
                fq_error_t *err)
{
	uint64_t size = 0;
	size_t cap;
	int rc;

	*buf = NULL;
	*start = 0;
	*len = 0;
	rc = fq_queue_lock_size(&f->q, &size, err);
	if (rc != FQ_OK) {
		return rc;
	}
	rc = fq_seed_hook(f, c, &size, err);
	if (rc != FQ_OK || size < 1) {
		return fq_seed_leave(f, rc, err);  /* an empty file is an empty queue */
	}
	if (c->frame_size == 0) {
		/* The seed reaches fread($fh, $frame_size) here. */
		return fq_seed_leave(f, fq_error_set(err, FQ_EARG, "fread(): Argument #2 ($length) must be greater than 0"),
			err);
	}
	cap = (uint64_t) c->frame_size < size ? c->frame_size : (size_t) size;
	*buf = c->alloc(c->ctx, cap);
	rc = fq_raw_pop_sized(f->q.fd, f->q.path, size, c->frame_size, c->cursor, c->data, c->len, *buf, cap,
		start, len, err);
	return fq_seed_leave(f, rc, err);
}
