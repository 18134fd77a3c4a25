#include "platform.h"
#include "shmop.h"

#include <errno.h>
#include <sys/ipc.h>
#include <sys/shm.h>

int fq_shmop_flag_create(void)
{
	return IPC_CREAT;
}

int fq_shmop_flag_exclusive(void)
{
	return IPC_EXCL;
}

int fq_shmop_open(fq_shmop_t *s, int32_t key, size_t size, int flags, int readonly, int *step, fq_error_t *err)
{
	struct shmid_ds ds;
	void *addr;

	s->id = -1;
	s->addr = NULL;
	s->size = 0;
	s->readonly = readonly;
	*step = FQ_SHMOP_STEP_GET;
	s->id = shmget((key_t) key, size, flags);
	if (s->id < 0) {
		return fq_error_sys(err, errno, "shmget", NULL);
	}
	*step = FQ_SHMOP_STEP_STAT;
	if (shmctl(s->id, IPC_STAT, &ds) != 0) {
		return fq_error_sys(err, errno, "shmctl(IPC_STAT)", NULL);
	}
	*step = FQ_SHMOP_STEP_AT;
	addr = shmat(s->id, NULL, readonly ? SHM_RDONLY : 0);
	if (addr == (void *) -1) {
		return fq_error_sys(err, errno, "shmat", NULL);
	}
	s->addr = addr;
	s->size = (size_t) ds.shm_segsz;
	return FQ_OK;
}

void fq_shmop_close(fq_shmop_t *s)
{
	if (s->addr != NULL) {
		(void) shmdt(s->addr);
		s->addr = NULL;
	}
}

int fq_shmop_delete(const fq_shmop_t *s, fq_error_t *err)
{
	if (shmctl(s->id, IPC_RMID, NULL) != 0) {
		return fq_error_sys(err, errno, "shmctl(IPC_RMID)", NULL);
	}
	return FQ_OK;
}
