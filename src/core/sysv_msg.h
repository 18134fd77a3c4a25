/*
 * SysV message queues, as raw bytes: the core of FileQ\MessageQueue and of
 * the msg_* functions fileq provides when ext/sysvmsg is missing. No Zend
 * types: the binding serializes, the core moves bytes.
 *
 * A message buffer is laid out as msgsnd()/msgrcv() want it and as
 * ext/sysvmsg's struct php_msgbuf is: a C long (the type), then the payload.
 * The caller allocates FQ_MSG_BUF_SIZE(n) bytes and finds the payload at
 * FQ_MSG_PAYLOAD(buf); the core never copies it.
 */
#ifndef FQ_CORE_SYSV_MSG_H
#define FQ_CORE_SYSV_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

#define FQ_MSG_HDR               sizeof(long)
#define FQ_MSG_BUF_SIZE(n)       (FQ_MSG_HDR + (size_t) (n))
#define FQ_MSG_PAYLOAD(buf)      ((unsigned char *) (buf) + FQ_MSG_HDR)

/* Flags of fq_msg_send / fq_msg_receive. */
#define FQ_MSG_NOWAIT  1   /* IPC_NOWAIT: fail with errno EAGAIN (send) / ENOMSG (receive) */
#define FQ_MSG_EXCEPT  2   /* MSG_EXCEPT (Linux): receive the first message NOT of this type */
#define FQ_MSG_NOERROR 4   /* MSG_NOERROR: truncate a longer message instead of failing */
#define FQ_MSG_KERNEL  8   /* as the bare system calls, for the msg_* functions: no msg_qbytes check before a
                              send, no type check (msgsnd gives EINVAL), errno as the kernel gave it (EINVAL,
                              not EIDRM, for a removed queue) */

typedef struct fq_msg {
	int32_t key;  /* key_t, signed (see ipcs.h) */
	int id;       /* msqid */
} fq_msg_t;

/* Queue state (msgctl IPC_STAT). */
typedef struct fq_msg_stat {
	long uid, gid, mode;
	int64_t stime, rtime, ctime;
	uint64_t qnum, qbytes, cbytes;
	long lspid, lrpid;
} fq_msg_stat_t;

/*
 * Opens the queue of key, creating it with perms when it does not exist (as
 * msg_get_queue does: msgget(key, 0), then msgget(key, IPC_CREAT|IPC_EXCL|perms),
 * and msgget(key, 0) again if another process created it in between).
 * Key 0 (IPC_PRIVATE) always creates a new queue.
 */
int fq_msg_open(fq_msg_t *q, int32_t key, unsigned perms, fq_error_t *err);

/*
 * msg_get_queue() exactly: msgget(key, 0), and when that fails one
 * msgget(key, IPC_CREAT | IPC_EXCL | msgflg) with msgflg as given (not
 * masked). FQ_EIO with the errno of that second call.
 */
int fq_msg_get(fq_msg_t *q, int32_t key, int msgflg, fq_error_t *err);

/*
 * msgget(key, 0) as msg_queue_exists() makes it: FQ_OK with the id in *id,
 * or FQ_EIO with the kernel's errno (EACCES included; IPC_PRIVATE creates a
 * new queue, as the bare call does).
 */
int fq_msg_lookup(int32_t key, int *id, fq_error_t *err);

/* 1 in *exists when a queue of key exists (0 for IPC_PRIVATE). */
int fq_msg_exists(int32_t key, int *exists, fq_error_t *err);

/*
 * Sends buf (FQ_MSG_BUF_SIZE(len) bytes, payload at FQ_MSG_PAYLOAD) as a
 * message of type (> 0); stores type in the buffer's header.
 * FQ_ETOOBIG when len is more than the queue can ever hold (msgmax, errno
 * EINVAL; or msg_qbytes, checked first unless FQ_MSG_KERNEL); FQ_EINTR when a signal interrupted a blocking send (call again);
 * FQ_EIO otherwise, errno EAGAIN with FQ_MSG_NOWAIT on a full queue, EIDRM
 * when the queue was removed.
 */
int fq_msg_send(const fq_msg_t *q, void *buf, long type, size_t len, int flags, fq_error_t *err);

/*
 * Receives into buf (FQ_MSG_BUF_SIZE(max) bytes) a message selected by type as
 * msgrcv does (0: the first; > 0: the first of that type; < 0: the first of
 * the lowest type <= -type). *out_type and *out_len describe what arrived.
 *
 * deadline_ns (monotonic clock, fq_now_ns()) < 0 blocks in msgrcv for ever.
 * Otherwise msgrcv has no timeout, so the core polls msgrcv(IPC_NOWAIT) with
 * sleeps that grow from 50 us to 5 ms (never past the deadline) and returns
 * FQ_ETIMEOUT once the deadline has passed with no message.
 * FQ_MSG_NOWAIT fails at once with errno ENOMSG (what msg_receive reports).
 * FQ_ETOOBIG (errno E2BIG) when the next message is longer than max and
 * FQ_MSG_NOERROR is not set: it stays in the queue.
 * FQ_EINTR when a signal arrived: run handlers and call again, same deadline.
 */
int fq_msg_receive(const fq_msg_t *q, void *buf, size_t max, long type, int flags, int64_t deadline_ns,
	long *out_type, size_t *out_len, fq_error_t *err);

int fq_msg_stat(const fq_msg_t *q, fq_msg_stat_t *st, fq_error_t *err);

/* msgctl(IPC_SET) of msg_qbytes (what msg_set_queue sets most). */
int fq_msg_set_qbytes(const fq_msg_t *q, uint64_t qbytes, fq_error_t *err);

/* The fields msgctl(IPC_SET) changes; set_* says which to change (msg_set_queue). */
typedef struct fq_msg_attrs {
	int set_uid, set_gid, set_mode, set_qbytes;
	long uid, gid, mode;
	uint64_t qbytes;
} fq_msg_attrs_t;

/* msgctl(IPC_STAT), the chosen fields changed, msgctl(IPC_SET); errno as the kernel gave it. */
int fq_msg_set(const fq_msg_t *q, const fq_msg_attrs_t *a, fq_error_t *err);

/* msgctl(IPC_RMID). */
int fq_msg_remove(const fq_msg_t *q, fq_error_t *err);

#endif /* FQ_CORE_SYSV_MSG_H */
