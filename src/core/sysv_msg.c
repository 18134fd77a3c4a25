#include "platform.h"
#include "sysv_msg.h"

#include <errno.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/types.h>
#include <time.h>

#include "ipcs.h"
#include "clock.h"

#define FQ_MSG_WHAT "queue"

/* Above this many bytes a send first checks msg_qbytes: a message larger than the queue would block for ever. */
#define FQ_MSG_CHECK_QBYTES 1024

/* The queue behind an id that fails with EINVAL may be gone: then say so (EIDRM), as a removed queue does. */
static int fq_msg_errno(const fq_msg_t *q, int e)
{
	struct msqid_ds ds;

	if (e == EINVAL && msgctl(q->id, IPC_STAT, &ds) < 0 && (errno == EINVAL || errno == EIDRM)) {
		return EIDRM;
	}
	return e;
}

int fq_msg_open(fq_msg_t *q, int32_t key, unsigned perms, fq_error_t *err)
{
	int id = -1, tries;

	q->key = key;
	q->id = -1;
	for (tries = 0; tries < 16; tries++) {
		if (key != FQ_IPC_PRIVATE) {
			id = msgget((key_t) key, 0);
			if (id >= 0) {
				break;
			}
			if (errno != ENOENT) {
				return fq_ipc_error(err, errno, "msgget", FQ_MSG_WHAT, key, -1);
			}
		}
		id = msgget((key_t) key, IPC_CREAT | IPC_EXCL | (int) (perms & FQ_IPC_PERMS_MAX));
		if (id >= 0 || errno != EEXIST) {
			break;
		}
		/* created by another process since our first look: open that one */
	}
	if (id < 0) {
		return fq_ipc_error(err, errno, "msgget", FQ_MSG_WHAT, key, -1);
	}
	q->id = id;
	return FQ_OK;
}

int fq_msg_get(fq_msg_t *q, int32_t key, int msgflg, fq_error_t *err)
{
	int id;

	q->key = key;
	q->id = -1;
	id = msgget((key_t) key, 0);
	if (id < 0) {
		id = msgget((key_t) key, IPC_CREAT | IPC_EXCL | msgflg);
		if (id < 0) {
			return fq_ipc_error(err, errno, "msgget", FQ_MSG_WHAT, key, -1);
		}
	}
	q->id = id;
	return FQ_OK;
}

int fq_msg_lookup(int32_t key, int *id, fq_error_t *err)
{
	*id = msgget((key_t) key, 0);
	if (*id < 0) {
		return fq_ipc_error(err, errno, "msgget", FQ_MSG_WHAT, key, -1);
	}
	return FQ_OK;
}

int fq_msg_exists(int32_t key, int *exists, fq_error_t *err)
{
	*exists = 0;
	if (key == FQ_IPC_PRIVATE) {
		return FQ_OK;  /* msgget(IPC_PRIVATE, 0) would create one */
	}
	if (msgget((key_t) key, 0) >= 0) {
		*exists = 1;
		return FQ_OK;
	}
	if (errno == ENOENT) {
		return FQ_OK;
	}
	if (errno == EACCES) {
		*exists = 1;  /* it exists; we may not use it */
		return FQ_OK;
	}
	return fq_ipc_error(err, errno, "msgget", FQ_MSG_WHAT, key, -1);
}

int fq_msg_stat(const fq_msg_t *q, fq_msg_stat_t *st, fq_error_t *err)
{
	struct msqid_ds ds;

	if (msgctl(q->id, IPC_STAT, &ds) < 0) {
		return fq_ipc_error(err, fq_msg_errno(q, errno), "msgctl(IPC_STAT)", FQ_MSG_WHAT, q->key, q->id);
	}
	memset(st, 0, sizeof(*st));
	st->uid = (long) ds.msg_perm.uid;
	st->gid = (long) ds.msg_perm.gid;
	st->mode = (long) ds.msg_perm.mode;
	st->stime = (int64_t) ds.msg_stime;
	st->rtime = (int64_t) ds.msg_rtime;
	st->ctime = (int64_t) ds.msg_ctime;
	st->qnum = (uint64_t) ds.msg_qnum;
	st->qbytes = (uint64_t) ds.msg_qbytes;
#ifdef __linux__
	st->cbytes = (uint64_t) ds.__msg_cbytes;
#endif
	st->lspid = (long) ds.msg_lspid;
	st->lrpid = (long) ds.msg_lrpid;
	return FQ_OK;
}

int fq_msg_send(const fq_msg_t *q, void *buf, long type, size_t len, int flags, fq_error_t *err)
{
	if (type <= 0 && !(flags & FQ_MSG_KERNEL)) {
		return fq_error_set(err, FQ_EARG, "message type must be greater than 0");
	}
	if (len > FQ_MSG_CHECK_QBYTES && !(flags & FQ_MSG_KERNEL)) {
		fq_msg_stat_t st;
		int rc = fq_msg_stat(q, &st, err);
		if (rc != FQ_OK) {
			return rc;
		}
		if (len > st.qbytes) {
			return fq_error_set(err, FQ_ETOOBIG,
				"msgsnd on queue key 0x%x (id %d): a message of %zu bytes is larger than the queue's %llu bytes (msg_qbytes)",
				(unsigned) q->key, q->id, len, (unsigned long long) st.qbytes);
		}
	}
	memcpy(buf, &type, sizeof(type));
	if (msgsnd(q->id, buf, len, (flags & FQ_MSG_NOWAIT) ? IPC_NOWAIT : 0) == 0) {
		return FQ_OK;
	}
	if (errno == EINTR) {
		return fq_error_set(err, FQ_EINTR, "msgsnd interrupted");
	}
	{
		int saved = errno, e = fq_msg_errno(q, saved);
		if (e == EINVAL) {
			/* the queue is there and the type is valid: the size is over the system's msgmax */
			fq_error_set(err, FQ_ETOOBIG,
				"msgsnd on queue key 0x%x (id %d): a message of %zu bytes is larger than the system allows (msgmax)",
				(unsigned) q->key, q->id, len);
			err->sys_errno = EINVAL;
			return FQ_ETOOBIG;
		}
		if (flags & FQ_MSG_KERNEL) {
			e = saved;
		}
		return fq_ipc_error(err, e, "msgsnd", FQ_MSG_WHAT, q->key, q->id);
	}
}

int fq_msg_receive(const fq_msg_t *q, void *buf, size_t max, long type, int flags, int64_t deadline_ns,
	long *out_type, size_t *out_len, fq_error_t *err)
{
	int rflags = 0;
	int64_t pause_ns = 50000;
	ssize_t n;

#ifdef MSG_EXCEPT
	if (flags & FQ_MSG_EXCEPT) {
		rflags |= MSG_EXCEPT;
	}
#else
	if (flags & FQ_MSG_EXCEPT) {
		return fq_error_set(err, FQ_EARG, "MSG_EXCEPT is not supported on this system");
	}
#endif
	if (flags & FQ_MSG_NOERROR) {
		rflags |= MSG_NOERROR;
	}
	if ((flags & FQ_MSG_NOWAIT) || deadline_ns >= 0) {
		rflags |= IPC_NOWAIT;
	}
	for (;;) {
		n = msgrcv(q->id, buf, max, type, rflags);
		if (n >= 0) {
			memcpy(out_type, buf, sizeof(*out_type));
			*out_len = (size_t) n;
			return FQ_OK;
		}
		if (errno == EINTR) {
			return fq_error_set(err, FQ_EINTR, "msgrcv interrupted");
		}
		if (errno == E2BIG) {
			fq_ipc_error(err, E2BIG, "msgrcv", FQ_MSG_WHAT, q->key, q->id);
			err->status = FQ_ETOOBIG;
			return FQ_ETOOBIG;
		}
		if (errno != ENOMSG || (flags & FQ_MSG_NOWAIT)) {
			int e = errno;
			return fq_ipc_error(err, (flags & FQ_MSG_KERNEL) ? e : fq_msg_errno(q, e), "msgrcv", FQ_MSG_WHAT, q->key, q->id);
		}
		/* IPC_NOWAIT because of a deadline: sleep a little, then look again */
		{
			int64_t now = fq_now_ns(), left = deadline_ns - now, slice;
			struct timespec ts;

			if (left <= 0) {
				return fq_error_set(err, FQ_ETIMEOUT,
					"msgrcv on queue key 0x%x (id %d): no message before the timeout", (unsigned) q->key, q->id);
			}
			slice = pause_ns < left ? pause_ns : left;
			ts.tv_sec = (time_t) (slice / 1000000000);
			ts.tv_nsec = (long) (slice % 1000000000);
			if (nanosleep(&ts, NULL) < 0 && errno == EINTR) {
				return fq_error_set(err, FQ_EINTR, "msgrcv interrupted");
			}
			if (pause_ns < 5000000) {
				pause_ns *= 2;
			}
		}
	}
}

int fq_msg_set_qbytes(const fq_msg_t *q, uint64_t qbytes, fq_error_t *err)
{
	struct msqid_ds ds;

	if (msgctl(q->id, IPC_STAT, &ds) < 0) {
		return fq_ipc_error(err, fq_msg_errno(q, errno), "msgctl(IPC_STAT)", FQ_MSG_WHAT, q->key, q->id);
	}
	ds.msg_qbytes = (msglen_t) qbytes;
	if (msgctl(q->id, IPC_SET, &ds) < 0) {
		return fq_ipc_error(err, fq_msg_errno(q, errno), "msgctl(IPC_SET)", FQ_MSG_WHAT, q->key, q->id);
	}
	return FQ_OK;
}

int fq_msg_set(const fq_msg_t *q, const fq_msg_attrs_t *a, fq_error_t *err)
{
	struct msqid_ds ds;

	if (msgctl(q->id, IPC_STAT, &ds) < 0) {
		return fq_ipc_error(err, errno, "msgctl(IPC_STAT)", FQ_MSG_WHAT, q->key, q->id);
	}
	if (a->set_uid) {
		ds.msg_perm.uid = (uid_t) a->uid;
	}
	if (a->set_gid) {
		ds.msg_perm.gid = (gid_t) a->gid;
	}
	if (a->set_mode) {
		ds.msg_perm.mode = (mode_t) a->mode;
	}
	if (a->set_qbytes) {
		ds.msg_qbytes = (msglen_t) a->qbytes;
	}
	if (msgctl(q->id, IPC_SET, &ds) < 0) {
		return fq_ipc_error(err, errno, "msgctl(IPC_SET)", FQ_MSG_WHAT, q->key, q->id);
	}
	return FQ_OK;
}

int fq_msg_remove(const fq_msg_t *q, fq_error_t *err)
{
	if (msgctl(q->id, IPC_RMID, NULL) < 0) {
		return fq_ipc_error(err, fq_msg_errno(q, errno), "msgctl(IPC_RMID)", FQ_MSG_WHAT, q->key, q->id);
	}
	return FQ_OK;
}
