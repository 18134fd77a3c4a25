/*
 * SysV IPC helpers shared by sysv_msg.c, sysv_shm.c and sysv_sem.c (keys,
 * ftok, error records naming the key), and the scanner of
 * /proc/sysvipc/{msg,sem,shm} behind FileQ\Ipc::list() (the job ipcs does).
 *
 * ipcs.c is generated from ipcs.re by re2c and committed, so a build needs no
 * re2c; `make fileq-re2c` regenerates it (see Makefile.frag).
 */
#ifndef FQ_CORE_IPCS_H
#define FQ_CORE_IPCS_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* ---- keys ----------------------------------------------------------------- */

/*
 * A SysV key is a key_t: 32 bits. fileq accepts -0x80000000 .. 0xFFFFFFFF
 * (ftok() may return a negative int32; 0x80000000.. is the same key written
 * unsigned) and keeps the signed form, which is what ftok() returns and what
 * /proc/sysvipc prints. 0 is IPC_PRIVATE: a new object on every open.
 */
#define FQ_IPC_KEY_MIN (-2147483647LL - 1)
#define FQ_IPC_KEY_MAX 0xFFFFFFFFLL
#define FQ_IPC_PRIVATE 0

/* 1 when k is in range; *key gets the signed 32-bit form. */
int fq_ipc_key_from(long long k, int32_t *key);

/* Largest permission bits accepted (rwx for user, group, other). */
#define FQ_IPC_PERMS_MAX 0777

/* ftok(path, project): FQ_OK and *key, or FQ_EIO ("ftok '<path>': ..."). */
int fq_ipc_ftok(const char *path, int project, int32_t *key, fq_error_t *err);

/*
 * Records FQ_EIO for a failed SysV call on an object:
 * "<op> on <what> key 0x<key> (id <id>): <strerror>", with id left out when < 0.
 */
int fq_ipc_error(fq_error_t *err, int errnum, const char *op, const char *what, int32_t key, int id);

/* ---- /proc/sysvipc -------------------------------------------------------- */

#define FQ_IPCS_MSG 0
#define FQ_IPCS_SEM 1
#define FQ_IPCS_SHM 2

/* The columns the scanner knows; a column it does not know is skipped. */
enum fq_ipcs_field {
	FQ_IPCS_KEY, FQ_IPCS_ID, FQ_IPCS_PERMS,
	FQ_IPCS_UID, FQ_IPCS_GID, FQ_IPCS_CUID, FQ_IPCS_CGID,
	FQ_IPCS_CBYTES, FQ_IPCS_QNUM, FQ_IPCS_LSPID, FQ_IPCS_LRPID,
	FQ_IPCS_NSEMS,
	FQ_IPCS_SIZE, FQ_IPCS_CPID, FQ_IPCS_LPID, FQ_IPCS_NATTCH,
	FQ_IPCS_STIME, FQ_IPCS_RTIME, FQ_IPCS_OTIME, FQ_IPCS_ATIME, FQ_IPCS_DTIME, FQ_IPCS_CTIME,
	FQ_IPCS_RSS, FQ_IPCS_SWAP,
	FQ_IPCS_NFIELDS
};

/* A column's name for users ("key", "id", "perms", "uid", …, "rss", "swap"). */
const char *fq_ipcs_field_name(int field);

/* One object: value[f] is meaningful when bit f of present is set. perms is the mode (octal in the file). */
typedef struct fq_ipcs_row {
	uint32_t present;
	int64_t value[FQ_IPCS_NFIELDS];
} fq_ipcs_row_t;

/* Called for each row, in file order; a non-zero return stops the scan (and is returned). */
typedef int (*fq_ipcs_row_cb)(const fq_ipcs_row_t *row, void *ctx);

/*
 * Scans the text of a /proc/sysvipc file (a header line naming the columns,
 * then one line of integers per object). FQ_ECORRUPT (naming the line) when
 * the text is not of that shape; never reads outside buf[0, len).
 */
int fq_ipcs_scan(const char *buf, size_t len, fq_ipcs_row_cb cb, void *ctx, fq_error_t *err);

/* Reads /proc/sysvipc/{msg,sem,shm} (kind FQ_IPCS_*) and scans it. */
int fq_ipcs_list(int kind, fq_ipcs_row_cb cb, void *ctx, fq_error_t *err);

#endif /* FQ_CORE_IPCS_H */
