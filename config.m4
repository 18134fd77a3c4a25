dnl fileq: fast, safe inter-process communication for PHP.

PHP_ARG_ENABLE([fileq],
  [whether to enable fileq support],
  [AS_HELP_STRING([--enable-fileq], [Enable fileq (locked file queue and IPC classes)])],
  [no])

PHP_ARG_ENABLE([fileq-debug-hooks],
  [whether to enable fileq's crash-point and fault hooks (test builds only)],
  [AS_HELP_STRING([--enable-fileq-debug-hooks], [fileq: crash points and fault injection for the stress tests])],
  [no], [no])

if test "$PHP_FILEQ" != "no"; then
  AC_DEFINE(HAVE_FILEQ, 1, [Whether fileq is enabled])

  dnl The core does not include config.h: the crash points need a compiler flag.
  FILEQ_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  if test "$PHP_FILEQ_DEBUG_HOOKS" != "no"; then
    FILEQ_CFLAGS="$FILEQ_CFLAGS -DFQ_DEBUG_HOOKS=1"
  fi
  dnl get_module() (ZEND_DLEXPORT) is the module's only entry point: with the
  dnl rest hidden, fileq's calls to its own functions skip the PLT and may be
  dnl inlined (a seed call crosses some twenty of them).
  if test "$GCC" = "yes"; then
    FILEQ_CFLAGS="$FILEQ_CFLAGS -fvisibility=hidden"
  fi

  dnl No configure checks: the core picks its platform calls itself (src/core/fdio.c,
  dnl lock.c, watch.c), by the headers and macros the system has.

  dnl The core is plain C99 + POSIX (see src/core); the binding is Zend.
  FILEQ_CORE="src/core/clock.c src/core/crc32c.c src/core/delay.c src/core/error.c src/core/fdio.c src/core/framed.c src/core/framed_header.c src/core/framed_region.c src/core/guard.c src/core/hooks.c src/core/jobs.c src/core/lock.c src/core/os_posix.c src/core/path.c src/core/queue.c src/core/raw.c src/core/registry.c src/core/seed.c src/core/serial.c src/core/watch.c"
  FILEQ_CORE="$FILEQ_CORE src/core/ipcs.c src/core/sysv_msg.c src/core/sysv_sem.c src/core/sysv_shm.c"
  FILEQ_CORE="$FILEQ_CORE src/core/fifo.c src/core/process.c src/core/signals.c src/core/accounts.c src/core/sysfiles.c src/core/shmop.c"
  FILEQ_PHP="src/php/exceptions.c src/php/job.c src/php/queue.c src/php/queue_boot.c src/php/queue_jobs.c src/php/seed_api.c src/php/signals.c src/php/util.c"
  FILEQ_PHP="$FILEQ_PHP src/php/ipc.c src/php/message_queue.c src/php/semaphore.c src/php/shared_memory.c"
  FILEQ_PHP="$FILEQ_PHP src/php/fifo.c src/php/process.c src/php/sleep.c"
  dnl the standard IPC functions when their extensions are missing
  FILEQ_PHP="$FILEQ_PHP src/php/compat.c src/php/compat_sysvmsg.c src/php/compat_sysvsem.c src/php/compat_sysvshm.c"
  FILEQ_PHP="$FILEQ_PHP src/php/compat_posix.c src/php/compat_posix_files.c src/php/compat_pcntl.c src/php/compat_pcntl_process.c src/php/compat_shmop.c"

  PHP_NEW_EXTENSION(fileq, php_fileq.c $FILEQ_CORE $FILEQ_PHP, $ext_shared,, $FILEQ_CFLAGS)
  PHP_ADD_BUILD_DIR($ext_builddir/src/core, 1)
  PHP_ADD_BUILD_DIR($ext_builddir/src/php, 1)
  PHP_ADD_INCLUDE($ext_srcdir)
  PHP_ADD_MAKEFILE_FRAGMENT
  PHP_ADD_EXTENSION_DEP(fileq, sysvmsg, true)
  PHP_ADD_EXTENSION_DEP(fileq, sysvsem, true)
  PHP_ADD_EXTENSION_DEP(fileq, sysvshm, true)
  PHP_ADD_EXTENSION_DEP(fileq, posix, true)
  PHP_ADD_EXTENSION_DEP(fileq, pcntl, true)
  PHP_ADD_EXTENSION_DEP(fileq, shmop, true)
fi
