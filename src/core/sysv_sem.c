#include "platform.h"
#include "sysv_sem.h"

#include <errno.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "ipcs.h"
#include "clock.h"

#define FQ_SEM_WHAT "semaphore"

/* The caller defines union semun (SUSv3); glibc does not. */
union fq_semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
};

/* A set that fails with EINVAL may be gone: say so (EIDRM). */
static int fq_sem_errno(const fq_sem_t *s, int e)
{
	union fq_semun arg;
	struct semid_ds ds;

	if (e == EINVAL) {
		arg.buf = &ds;
		if (semctl(s->id, 0, IPC_STAT, arg) < 0 && (errno == EINVAL || errno == EIDRM)) {
			return EIDRM;
		}
	}
	return e;
}

/* semop, retried on EINTR (for the short waits of the open protocol and for releases, which never block). */
static int fq_sem_op(int id, struct sembuf *ops, size_t n)
{
	int rc;

	do {
		rc = semop(id, ops, n);
	} while (rc < 0 && errno == EINTR);
	return rc;
}

/*
 * semop that waits until deadline_ns (fq_now_ns()'s clock; < 0: for ever; past:
 * one try). -1 with errno EAGAIN when the time ran out, EINTR when a signal
 * arrived (the caller decides whether to go on).
 */
static int fq_sem_op_until(int id, struct sembuf *ops, size_t n, int64_t deadline_ns)
{
	int64_t left;
	size_t i;

	if (deadline_ns < 0) {
		return semop(id, ops, n);
	}
	left = deadline_ns - fq_now_ns();
#ifdef __linux__
	if (left > 0) {
		struct timespec ts;

		ts.tv_sec = (time_t) (left / 1000000000);
		ts.tv_nsec = (long) (left % 1000000000);
		return semtimedop(id, ops, n, &ts);
	}
#endif
	for (i = 0; i < n; i++) {
		ops[i].sem_flg |= IPC_NOWAIT;
	}
	{
		/* one try, or (without semtimedop) tries with pauses growing from 50 us to 5 ms */
		int64_t pause_ns = 50000;
		int rc;

		for (;;) {
			struct timespec ts;
			int64_t slice;

			rc = semop(id, ops, n);
			if (rc == 0 || errno != EAGAIN) {
				break;
			}
			left = deadline_ns - fq_now_ns();
			if (left <= 0) {
				break;
			}
			slice = pause_ns < left ? pause_ns : left;
			ts.tv_sec = (time_t) (slice / 1000000000);
			ts.tv_nsec = (long) (slice % 1000000000);
			if (nanosleep(&ts, NULL) < 0 && errno == EINTR) {
				rc = -1;
				break;
			}
			if (pause_ns < 5000000) {
				pause_ns *= 2;
			}
		}
		for (i = 0; i < n; i++) {
			ops[i].sem_flg &= (short) ~IPC_NOWAIT;
		}
		return rc;
	}
}

/* A handle used in a forked child starts again: the parent's holdings are the parent's. */
static void fq_sem_own(fq_sem_t *s)
{
	long pid = (long) getpid();

	if (s->pid != pid) {
		s->pid = pid;
		s->count = 0;
		s->in_usage = 0;
	}
}

int fq_sem_open(fq_sem_t *s, int32_t key, int max_acquire, unsigned perms, int64_t timeout_ns, fq_error_t *err)
{
	struct sembuf ops[3];
	union fq_semun arg;
	int id, usage, e, rc;
	int64_t deadline = timeout_ns < 0 ? -1 : fq_now_ns() + timeout_ns;

	memset(s, 0, sizeof(*s));
	s->key = key;
	s->id = -1;
	s->pid = (long) getpid();
	if (max_acquire < 1 || max_acquire > FQ_SEM_MAX_ACQUIRE) {
		return fq_error_set(err, FQ_EARG, "max_acquire must be between 1 and %d", FQ_SEM_MAX_ACQUIRE);
	}
	id = semget((key_t) key, 3, IPC_CREAT | (int) (perms & FQ_IPC_PERMS_MAX));
	if (id < 0) {
		return fq_ipc_error(err, errno, "semget", FQ_SEM_WHAT, key, -1);
	}
	s->id = id;

	/* wait for SETVAL to be 0, then take it and count ourselves in USAGE */
	ops[0].sem_num = FQ_SEM_SETVAL; ops[0].sem_op = 0; ops[0].sem_flg = 0;
	ops[1].sem_num = FQ_SEM_SETVAL; ops[1].sem_op = 1; ops[1].sem_flg = SEM_UNDO;
	ops[2].sem_num = FQ_SEM_USAGE;  ops[2].sem_op = 1; ops[2].sem_flg = SEM_UNDO;
	do {
		rc = fq_sem_op_until(id, ops, 3, deadline);
	} while (rc < 0 && errno == EINTR);
	if (rc < 0 && errno == EAGAIN) {
		/* another opener (or anyone who may alter the set) holds SETVAL: name it, as the queue's lock does */
		arg.val = 0;
		e = semctl(id, FQ_SEM_SETVAL, GETPID, arg);
		return fq_error_set(err, FQ_ETIMEOUT,
			"semaphore key 0x%x (id %d): its opening protocol was not had within %.3f s (held by pid %d)",
			(unsigned) key, id, timeout_ns / 1e9, e);
	}
	if (rc < 0) {
		return fq_ipc_error(err, fq_sem_errno(s, errno), "semop(SETVAL)", FQ_SEM_WHAT, key, id);
	}
	s->in_usage = 1;

	arg.val = 0;
	usage = semctl(id, FQ_SEM_USAGE, GETVAL, arg);
	e = errno;
	if (usage == 1) {
		/* the only user: this is the moment to set the maximum */
		arg.val = max_acquire;
		if (semctl(id, FQ_SEM_SEM, SETVAL, arg) < 0) {
			usage = -1;
			e = errno;
		}
	}

	/* SETVAL back to 0 (and, on failure, leave USAGE too) */
	ops[0].sem_num = FQ_SEM_SETVAL; ops[0].sem_op = -1; ops[0].sem_flg = SEM_UNDO;
	ops[1].sem_num = FQ_SEM_USAGE;  ops[1].sem_op = -1; ops[1].sem_flg = SEM_UNDO;
	if (usage < 0) {
		fq_sem_op(id, ops, 2);
		s->in_usage = 0;
		return fq_ipc_error(err, fq_sem_errno(s, e), "semctl", FQ_SEM_WHAT, key, id);
	}
	if (fq_sem_op(id, ops, 1) < 0) {
		return fq_ipc_error(err, fq_sem_errno(s, errno), "semop(SETVAL)", FQ_SEM_WHAT, key, id);
	}
	return FQ_OK;
}

int fq_sem_acquire(fq_sem_t *s, int64_t deadline_ns, fq_error_t *err)
{
	struct sembuf op;
	int rc;

	fq_sem_own(s);
	op.sem_num = FQ_SEM_SEM;
	op.sem_op = -1;
	op.sem_flg = SEM_UNDO;
	rc = fq_sem_op_until(s->id, &op, 1, deadline_ns);
	if (rc == 0) {
		s->count++;
		return FQ_OK;
	}
	if (errno == EINTR) {
		return fq_error_set(err, FQ_EINTR, "semop interrupted");
	}
	if (errno == EAGAIN) {
		return fq_error_set(err, FQ_ETIMEOUT, "semaphore key 0x%x (id %d) was not acquired in time",
			(unsigned) s->key, s->id);
	}
	return fq_ipc_error(err, fq_sem_errno(s, errno), "semop(acquire)", FQ_SEM_WHAT, s->key, s->id);
}

int fq_sem_release(fq_sem_t *s, fq_error_t *err)
{
	struct sembuf op;

	fq_sem_own(s);
	if (s->count <= 0) {
		return fq_error_set(err, FQ_ESTATE, "semaphore key 0x%x (id %d) is not currently acquired",
			(unsigned) s->key, s->id);
	}
	op.sem_num = FQ_SEM_SEM;
	op.sem_op = 1;
	op.sem_flg = SEM_UNDO;
	if (fq_sem_op(s->id, &op, 1) < 0) {
		return fq_ipc_error(err, fq_sem_errno(s, errno), "semop(release)", FQ_SEM_WHAT, s->key, s->id);
	}
	s->count--;
	return FQ_OK;
}

long fq_sem_held(fq_sem_t *s)
{
	fq_sem_own(s);
	return s->count;
}

int fq_sem_value(const fq_sem_t *s, int *value, fq_error_t *err)
{
	union fq_semun arg;
	int v;

	arg.val = 0;
	v = semctl(s->id, FQ_SEM_SEM, GETVAL, arg);
	if (v < 0) {
		return fq_ipc_error(err, fq_sem_errno(s, errno), "semctl(GETVAL)", FQ_SEM_WHAT, s->key, s->id);
	}
	*value = v;
	return FQ_OK;
}

int fq_sem_close(fq_sem_t *s, int auto_release, fq_error_t *err)
{
	struct sembuf ops[2];
	size_t n = 0;

	if (s->id < 0 || s->removed || !auto_release) {
		return FQ_OK;
	}
	fq_sem_own(s);
	if (s->in_usage) {
		ops[n].sem_num = FQ_SEM_USAGE; ops[n].sem_op = -1; ops[n].sem_flg = SEM_UNDO;
		n++;
	}
	if (s->count > 0) {
		ops[n].sem_num = FQ_SEM_SEM; ops[n].sem_op = (short) s->count; ops[n].sem_flg = SEM_UNDO;
		n++;
	}
	s->in_usage = 0;
	s->count = 0;
	if (n > 0 && fq_sem_op(s->id, ops, n) < 0) {
		return fq_ipc_error(err, fq_sem_errno(s, errno), "semop(close)", FQ_SEM_WHAT, s->key, s->id);
	}
	return FQ_OK;
}

int fq_sem_remove(fq_sem_t *s, fq_error_t *err)
{
	union fq_semun arg;

	arg.val = 0;
	if (semctl(s->id, 0, IPC_RMID, arg) < 0) {
		return fq_ipc_error(err, errno == EINVAL ? EIDRM : errno, "semctl(IPC_RMID)", FQ_SEM_WHAT, s->key, s->id);
	}
	s->removed = 1;
	s->count = 0;
	s->in_usage = 0;
	return FQ_OK;
}

/* ---- the bare steps, for the sem_* functions (sysv_sem.h) ----------------- */


int fq_sem_kernel_get(int32_t key, int semflg, int *id, fq_error_t *err)
{
	*id = semget((key_t) key, 3, semflg | IPC_CREAT);
	if (*id < 0) {
		return fq_ipc_error(err, errno, "semget", FQ_SEM_WHAT, key, -1);
	}
	return FQ_OK;
}

static int fq_sem_kernel_semop(int id, struct sembuf *ops, size_t n, const char *op, fq_error_t *err)
{
	if (fq_sem_op(id, ops, n) < 0) {
		int e = errno;
		fq_error_set(err, FQ_EIO, "%s on semaphore id %d: %s", op, id, strerror(e));
		err->sys_errno = e;
		return FQ_EIO;
	}
	return FQ_OK;
}

int fq_sem_kernel_enter(int id, fq_error_t *err)
{
	struct sembuf ops[3];

	ops[0].sem_num = FQ_SEM_SETVAL; ops[0].sem_op = 0; ops[0].sem_flg = 0;
	ops[1].sem_num = FQ_SEM_SETVAL; ops[1].sem_op = 1; ops[1].sem_flg = SEM_UNDO;
	ops[2].sem_num = FQ_SEM_USAGE;  ops[2].sem_op = 1; ops[2].sem_flg = SEM_UNDO;
	return fq_sem_kernel_semop(id, ops, 3, "semop(SETVAL)", err);
}

int fq_sem_kernel_usage(int id, int *usage, fq_error_t *err)
{
	union fq_semun arg;

	arg.val = 0;
	*usage = semctl(id, FQ_SEM_USAGE, GETVAL, arg);
	if (*usage < 0) {
		int e = errno;
		fq_error_set(err, FQ_EIO, "semctl(GETVAL) on semaphore id %d: %s", id, strerror(e));
		err->sys_errno = e;
		return FQ_EIO;
	}
	return FQ_OK;
}

int fq_sem_kernel_setmax(int id, int value, fq_error_t *err)
{
	union fq_semun arg;

	arg.val = value;
	if (semctl(id, FQ_SEM_SEM, SETVAL, arg) < 0) {
		int e = errno;
		fq_error_set(err, FQ_EIO, "semctl(SETVAL) on semaphore id %d: %s", id, strerror(e));
		err->sys_errno = e;
		return FQ_EIO;
	}
	return FQ_OK;
}

int fq_sem_kernel_leave(int id, fq_error_t *err)
{
	struct sembuf op;

	op.sem_num = FQ_SEM_SETVAL; op.sem_op = -1; op.sem_flg = SEM_UNDO;
	return fq_sem_kernel_semop(id, &op, 1, "semop(SETVAL)", err);
}

int fq_sem_kernel_op(int id, int delta, int nowait, fq_error_t *err)
{
	struct sembuf op;

	op.sem_num = FQ_SEM_SEM;
	op.sem_op = (short) delta;
	op.sem_flg = (short) (SEM_UNDO | (nowait ? IPC_NOWAIT : 0));
	return fq_sem_kernel_semop(id, &op, 1, delta < 0 ? "semop(acquire)" : "semop(release)", err);
}

void fq_sem_kernel_close(int id, long held)
{
	struct sembuf ops[2];
	size_t n = 1;

	ops[0].sem_num = FQ_SEM_USAGE; ops[0].sem_op = -1; ops[0].sem_flg = SEM_UNDO;
	if (held != 0) {
		ops[1].sem_num = FQ_SEM_SEM; ops[1].sem_op = (short) held; ops[1].sem_flg = SEM_UNDO;
		n = 2;
	}
	(void) semop(id, ops, n);  /* as sysvsem's free_obj: nothing to report to */
}

int fq_sem_kernel_remove(int id, fq_error_t *err)
{
	union fq_semun arg;
	struct semid_ds ds;

	arg.buf = &ds;
	if (semctl(id, 0, IPC_STAT, arg) < 0) {
		int e = errno;
		fq_error_set(err, FQ_ENOENT, "semctl(IPC_STAT) on semaphore id %d: %s", id, strerror(e));
		err->sys_errno = e;
		return FQ_ENOENT;
	}
	arg.val = 0;
	if (semctl(id, 0, IPC_RMID, arg) < 0) {
		int e = errno;
		fq_error_set(err, FQ_EIO, "semctl(IPC_RMID) on semaphore id %d: %s", id, strerror(e));
		err->sys_errno = e;
		return FQ_EIO;
	}
	return FQ_OK;
}
