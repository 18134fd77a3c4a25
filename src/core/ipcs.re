/*
 * SysV IPC helpers and the /proc/sysvipc scanner (see ipcs.h).
 *
 * This is the re2c source of ipcs.c. The generated ipcs.c is committed so a
 * normal build needs no re2c; after editing this file regenerate it with
 *     make fileq-re2c        (runs: re2c -W --no-generation-date -o src/core/ipcs.c src/core/ipcs.re)
 * and commit both.
 *
 * The scanner reads through a custom input API whose YYPEEK yields 0 at the
 * end of the buffer, so it never reads outside buf[0, len) and needs no
 * sentinel byte after the text: a NUL before the end is an error, a NUL at
 * the end is the end.
 */
#include "platform.h"
#include "ipcs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/types.h>
#include <unistd.h>

/* ---- keys and errors ------------------------------------------------------ */

int fq_ipc_key_from(long long k, int32_t *key)
{
	if (k < FQ_IPC_KEY_MIN || k > FQ_IPC_KEY_MAX) {
		return 0;
	}
	*key = (int32_t) (uint32_t) (k & 0xFFFFFFFFLL);
	return 1;
}

int fq_ipc_ftok(const char *path, int project, int32_t *key, fq_error_t *err)
{
	key_t k;

	errno = 0;
	k = ftok(path, project);
	if (k == (key_t) -1) {
		return fq_error_sys(err, errno ? errno : ENOENT, "ftok", path);
	}
	*key = (int32_t) k;
	return FQ_OK;
}

int fq_ipc_error(fq_error_t *err, int errnum, const char *op, const char *what, int32_t key, int id)
{
	if (id >= 0) {
		fq_error_set(err, FQ_EIO, "%s on %s key 0x%x (id %d): %s", op, what, (unsigned) key, id, strerror(errnum));
	} else {
		fq_error_set(err, FQ_EIO, "%s on %s key 0x%x: %s", op, what, (unsigned) key, strerror(errnum));
	}
	err->sys_errno = errnum;
	return FQ_EIO;
}

/* ---- the scanner ---------------------------------------------------------- */

/*!re2c
	re2c:api = custom;
	re2c:api:style = free-form;
	re2c:yyfill:enable = 0;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYPEEK = "(cur < lim ? (unsigned char) *cur : 0)";
	re2c:define:YYSKIP = "if (cur < lim) ++cur;";
	re2c:define:YYBACKUP = "mar = cur;";
	re2c:define:YYRESTORE = "cur = mar;";
*/

enum fq_ipcs_tok { FQ_TOK_END, FQ_TOK_NL, FQ_TOK_WORD, FQ_TOK_NUM, FQ_TOK_BAD };

/* Next token of [*pos, lim): its kind, and its text in [*tok, *pos). */
static int fq_ipcs_next(const char **pos, const char *lim, const char **tok)
{
	const char *cur = *pos, *mar = cur;

	(void) mar;
	for (;;) {
		*tok = cur;
		/*!re2c
			[ \t\r]+        { continue; }
			"\n"            { *pos = cur; return FQ_TOK_NL; }
			"-"? [0-9]+     { *pos = cur; return FQ_TOK_NUM; }
			[a-z_]+         { *pos = cur; return FQ_TOK_WORD; }
			"\x00"          { *pos = cur; return *tok >= lim ? FQ_TOK_END : FQ_TOK_BAD; }
			*               { *pos = cur; return FQ_TOK_BAD; }
		*/
	}
}

/* The field a header word names, or -1 for a column fileq does not know. */
static int fq_ipcs_column(const char *cur, const char *lim)
{
	const char *mar = cur;

	(void) mar;
	/*!re2c
		"key"    "\x00" { return FQ_IPCS_KEY; }
		"msqid"  "\x00" { return FQ_IPCS_ID; }
		"semid"  "\x00" { return FQ_IPCS_ID; }
		"shmid"  "\x00" { return FQ_IPCS_ID; }
		"perms"  "\x00" { return FQ_IPCS_PERMS; }
		"uid"    "\x00" { return FQ_IPCS_UID; }
		"gid"    "\x00" { return FQ_IPCS_GID; }
		"cuid"   "\x00" { return FQ_IPCS_CUID; }
		"cgid"   "\x00" { return FQ_IPCS_CGID; }
		"cbytes" "\x00" { return FQ_IPCS_CBYTES; }
		"qnum"   "\x00" { return FQ_IPCS_QNUM; }
		"lspid"  "\x00" { return FQ_IPCS_LSPID; }
		"lrpid"  "\x00" { return FQ_IPCS_LRPID; }
		"nsems"  "\x00" { return FQ_IPCS_NSEMS; }
		"size"   "\x00" { return FQ_IPCS_SIZE; }
		"cpid"   "\x00" { return FQ_IPCS_CPID; }
		"lpid"   "\x00" { return FQ_IPCS_LPID; }
		"nattch" "\x00" { return FQ_IPCS_NATTCH; }
		"stime"  "\x00" { return FQ_IPCS_STIME; }
		"rtime"  "\x00" { return FQ_IPCS_RTIME; }
		"otime"  "\x00" { return FQ_IPCS_OTIME; }
		"atime"  "\x00" { return FQ_IPCS_ATIME; }
		"dtime"  "\x00" { return FQ_IPCS_DTIME; }
		"ctime"  "\x00" { return FQ_IPCS_CTIME; }
		"rss"    "\x00" { return FQ_IPCS_RSS; }
		"swap"   "\x00" { return FQ_IPCS_SWAP; }
		*               { return -1; }
	*/
}

static const char *const fq_ipcs_names[FQ_IPCS_NFIELDS] = {
	"key", "id", "perms",
	"uid", "gid", "cuid", "cgid",
	"cbytes", "qnum", "lspid", "lrpid",
	"nsems",
	"size", "cpid", "lpid", "nattch",
	"stime", "rtime", "otime", "atime", "dtime", "ctime",
	"rss", "swap",
};

const char *fq_ipcs_field_name(int field)
{
	return field >= 0 && field < FQ_IPCS_NFIELDS ? fq_ipcs_names[field] : NULL;
}

/* An integer token in base 10 (8 for perms) into *out; 0 on overflow or a digit out of base. */
static int fq_ipcs_number(const char *s, const char *e, unsigned base, int64_t *out)
{
	uint64_t v = 0, limit;
	int neg = 0;

	if (s < e && *s == '-') {
		neg = 1;
		s++;
	}
	limit = neg ? (uint64_t) INT64_MAX + 1 : (uint64_t) INT64_MAX;
	for (; s < e; s++) {
		unsigned d = (unsigned) (*s - '0');
		if (d >= base || v > (limit - d) / base) {
			return 0;
		}
		v = v * base + d;
	}
	*out = neg ? (int64_t) (0 - v) : (int64_t) v;
	return 1;
}

#define FQ_IPCS_MAX_COLS 64

int fq_ipcs_scan(const char *buf, size_t len, fq_ipcs_row_cb cb, void *ctx, fq_error_t *err)
{
	const char *pos = buf, *lim = buf + len, *tok;
	int cols[FQ_IPCS_MAX_COLS];
	int ncols = 0, col = 0, line = 1, header = 1, t, rc;
	fq_ipcs_row_t row;

	memset(&row, 0, sizeof(row));
	for (;;) {
		t = fq_ipcs_next(&pos, lim, &tok);
		switch (t) {
			case FQ_TOK_WORD:
				if (!header) {
					return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: a word where a number belongs", line);
				}
				if (ncols == FQ_IPCS_MAX_COLS) {
					return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: more than %d columns", line, FQ_IPCS_MAX_COLS);
				}
				cols[ncols++] = fq_ipcs_column(tok, pos);
				break;
			case FQ_TOK_NUM: {
				int64_t v;
				int f;
				if (header) {
					return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: no header line", line);
				}
				if (col == ncols) {
					return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: more values than the %d columns", line, ncols);
				}
				f = cols[col++];
				if (!fq_ipcs_number(tok, pos, f == FQ_IPCS_PERMS ? 8 : 10, &v)) {
					return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d column %d: not a number in range", line, col);
				}
				if (f >= 0) {
					row.value[f] = v;
					row.present |= (uint32_t) 1 << f;
				}
				break;
			}
			case FQ_TOK_NL:
			case FQ_TOK_END:
				if (header) {
					if (ncols == 0) {
						if (t == FQ_TOK_END) {
							return FQ_OK;  /* an empty file: no IPC objects (and no header) */
						}
						return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: empty header", line);
					}
					header = 0;
				} else if (col != 0) {
					if (col != ncols) {
						return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: %d values for %d columns", line, col, ncols);
					}
					rc = cb(&row, ctx);
					if (rc != 0) {
						return rc;
					}
					memset(&row, 0, sizeof(row));
					col = 0;
				}
				if (t == FQ_TOK_END) {
					return FQ_OK;
				}
				line++;
				break;
			default:
				return fq_error_set(err, FQ_ECORRUPT, "/proc/sysvipc line %d: unexpected byte 0x%02x", line,
					(unsigned) (unsigned char) (tok < lim ? *tok : 0));
		}
	}
}

/* Reads all of path (a /proc file: its size is not known before) into a malloc()ed buffer. */
static int fq_ipcs_slurp(const char *path, char **out, size_t *out_len, fq_error_t *err)
{
	size_t cap = 16384, len = 0;
	char *buf, *grown;
	ssize_t n;
	int fd;

	do {
		fd = open(path, O_RDONLY | O_CLOEXEC);
	} while (fd < 0 && errno == EINTR);
	if (fd < 0) {
		return fq_error_sys(err, errno, "open", path);
	}
	buf = malloc(cap);
	if (buf == NULL) {
		close(fd);
		return fq_error_sys(err, ENOMEM, "read", path);
	}
	for (;;) {
		if (len == cap) {
			if (cap >= ((size_t) 256 << 20)) {
				free(buf);
				close(fd);
				return fq_error_set(err, FQ_ETOOBIG, "read '%s': larger than 256 MiB", path);
			}
			grown = realloc(buf, cap * 2);
			if (grown == NULL) {
				free(buf);
				close(fd);
				return fq_error_sys(err, ENOMEM, "read", path);
			}
			buf = grown;
			cap *= 2;
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0) {
			if (errno == EINTR) {
				continue;
			}
			{
				int e = errno;
				free(buf);
				close(fd);
				return fq_error_sys(err, e, "read", path);
			}
		}
		if (n == 0) {
			break;
		}
		len += (size_t) n;
	}
	close(fd);
	*out = buf;
	*out_len = len;
	return FQ_OK;
}

int fq_ipcs_list(int kind, fq_ipcs_row_cb cb, void *ctx, fq_error_t *err)
{
	static const char *const paths[3] = { "/proc/sysvipc/msg", "/proc/sysvipc/sem", "/proc/sysvipc/shm" };
	char *buf = NULL;
	size_t len = 0;
	int rc;

	if (kind < FQ_IPCS_MSG || kind > FQ_IPCS_SHM) {
		return fq_error_set(err, FQ_EARG, "unknown IPC kind %d", kind);
	}
	rc = fq_ipcs_slurp(paths[kind], &buf, &len, err);
	if (rc != FQ_OK) {
		return rc;
	}
	rc = fq_ipcs_scan(buf, len, cb, ctx, err);
	free(buf);
	return rc;
}
