<?php

/** @generate-class-entries */

/*
 * ext/pcntl's signal constants (SIG*, SIG_BLOCK..., and the si_code values
 * SI_*, CLD_*, TRAP_*, POLL_*, ILL_*, FPE_*, SEGV_*, BUS_*), each under the
 * condition php-src's pcntl.stub.php gives it: the rest of the pcntl family's
 * stub (compat_pcntl.stub.php), apart so that neither file is a thousand
 * lines. src/php/compat_pcntl.c registers both.
 */
/**
 * @var int
 * @cvalue PHP_FILEQ_LONG_CONST(SIG_IGN)
 */
const SIG_IGN = UNKNOWN;
/**
 * @var int
 * @cvalue PHP_FILEQ_LONG_CONST(SIG_DFL)
 */
const SIG_DFL = UNKNOWN;
/**
 * @var int
 * @cvalue PHP_FILEQ_LONG_CONST(SIG_ERR)
 */
const SIG_ERR = UNKNOWN;
/**
 * @var int
 * @cvalue SIGHUP
 */
const SIGHUP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGINT
 */
const SIGINT = UNKNOWN;
/**
 * @var int
 * @cvalue SIGQUIT
 */
const SIGQUIT = UNKNOWN;
/**
 * @var int
 * @cvalue SIGILL
 */
const SIGILL = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTRAP
 */
const SIGTRAP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGABRT
 */
const SIGABRT = UNKNOWN;
#ifdef SIGIOT
/**
 * @var int
 * @cvalue SIGIOT
 */
const SIGIOT = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SIGBUS
 */
const SIGBUS = UNKNOWN;
/**
 * @var int
 * @cvalue SIGFPE
 */
const SIGFPE = UNKNOWN;
/**
 * @var int
 * @cvalue SIGKILL
 */
const SIGKILL = UNKNOWN;
/**
 * @var int
 * @cvalue SIGUSR1
 */
const SIGUSR1 = UNKNOWN;
/**
 * @var int
 * @cvalue SIGSEGV
 */
const SIGSEGV = UNKNOWN;
/**
 * @var int
 * @cvalue SIGUSR2
 */
const SIGUSR2 = UNKNOWN;
/**
 * @var int
 * @cvalue SIGPIPE
 */
const SIGPIPE = UNKNOWN;
/**
 * @var int
 * @cvalue SIGALRM
 */
const SIGALRM = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTERM
 */
const SIGTERM = UNKNOWN;
#ifdef SIGSTKFLT
/**
 * @var int
 * @cvalue SIGSTKFLT
 */
const SIGSTKFLT = UNKNOWN;
#endif
#ifdef SIGCLD
/**
 * @var int
 * @cvalue SIGCLD
 */
const SIGCLD = UNKNOWN;
#endif
#ifdef SIGCHLD
/**
 * @var int
 * @cvalue SIGCHLD
 */
const SIGCHLD = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SIGCONT
 */
const SIGCONT = UNKNOWN;
/**
 * @var int
 * @cvalue SIGSTOP
 */
const SIGSTOP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTSTP
 */
const SIGTSTP = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTTIN
 */
const SIGTTIN = UNKNOWN;
/**
 * @var int
 * @cvalue SIGTTOU
 */
const SIGTTOU = UNKNOWN;
/**
 * @var int
 * @cvalue SIGURG
 */
const SIGURG = UNKNOWN;
/**
 * @var int
 * @cvalue SIGXCPU
 */
const SIGXCPU = UNKNOWN;
/**
 * @var int
 * @cvalue SIGXFSZ
 */
const SIGXFSZ = UNKNOWN;
/**
 * @var int
 * @cvalue SIGVTALRM
 */
const SIGVTALRM = UNKNOWN;
/**
 * @var int
 * @cvalue SIGPROF
 */
const SIGPROF = UNKNOWN;
/**
 * @var int
 * @cvalue SIGWINCH
 */
const SIGWINCH = UNKNOWN;
#ifdef SIGPOLL
/**
 * @var int
 * @cvalue SIGPOLL
 */
const SIGPOLL = UNKNOWN;
#endif
#ifdef SIGIO
/**
 * @var int
 * @cvalue SIGIO
 */
const SIGIO = UNKNOWN;
#endif
#ifdef SIGPWR
/**
 * @var int
 * @cvalue SIGPWR
 */
const SIGPWR = UNKNOWN;
#endif
#ifdef SIGSYS
/**
 * @var int
 * @cvalue SIGSYS
 */
const SIGSYS = UNKNOWN;
#endif
#ifdef SIGSYS
/**
 * @var int
 * @cvalue SIGSYS
 */
const SIGBABY = UNKNOWN;
#endif
#ifdef SIGRTMIN
/**
 * @var int
 * @cvalue SIGRTMIN
 */
const SIGRTMIN = UNKNOWN;
#endif
#ifdef SIGRTMAX
/**
 * @var int
 * @cvalue SIGRTMAX
 */
const SIGRTMAX = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SIG_BLOCK
 */
const SIG_BLOCK = UNKNOWN;
/**
 * @var int
 * @cvalue SIG_UNBLOCK
 */
const SIG_UNBLOCK = UNKNOWN;
/**
 * @var int
 * @cvalue SIG_SETMASK
 */
const SIG_SETMASK = UNKNOWN;
/**
 * @var int
 * @cvalue SI_USER
 */
const SI_USER = UNKNOWN;
#ifdef SI_NOINFO
/**
 * @var int
 * @cvalue SI_NOINFO
 */
const SI_NOINFO = UNKNOWN;
#endif
#ifdef SI_KERNEL
/**
 * @var int
 * @cvalue SI_KERNEL
 */
const SI_KERNEL = UNKNOWN;
#endif
/**
 * @var int
 * @cvalue SI_QUEUE
 */
const SI_QUEUE = UNKNOWN;
/**
 * @var int
 * @cvalue SI_TIMER
 */
const SI_TIMER = UNKNOWN;
/**
 * @var int
 * @cvalue SI_MESGQ
 */
const SI_MESGQ = UNKNOWN;
/**
 * @var int
 * @cvalue SI_ASYNCIO
 */
const SI_ASYNCIO = UNKNOWN;
#ifdef SI_SIGIO
/**
 * @var int
 * @cvalue SI_SIGIO
 */
const SI_SIGIO = UNKNOWN;
#endif
#ifdef SI_TKILL
/**
 * @var int
 * @cvalue SI_TKILL
 */
const SI_TKILL = UNKNOWN;
#endif
#ifdef CLD_EXITED
/**
 * @var int
 * @cvalue CLD_EXITED
 */
const CLD_EXITED = UNKNOWN;
#endif
#ifdef CLD_KILLED
/**
 * @var int
 * @cvalue CLD_KILLED
 */
const CLD_KILLED = UNKNOWN;
#endif
#ifdef CLD_DUMPED
/**
 * @var int
 * @cvalue CLD_DUMPED
 */
const CLD_DUMPED = UNKNOWN;
#endif
#ifdef CLD_TRAPPED
/**
 * @var int
 * @cvalue CLD_TRAPPED
 */
const CLD_TRAPPED = UNKNOWN;
#endif
#ifdef CLD_STOPPED
/**
 * @var int
 * @cvalue CLD_STOPPED
 */
const CLD_STOPPED = UNKNOWN;
#endif
#ifdef CLD_CONTINUED
/**
 * @var int
 * @cvalue CLD_CONTINUED
 */
const CLD_CONTINUED = UNKNOWN;
#endif
#ifdef TRAP_BRKPT
/**
 * @var int
 * @cvalue TRAP_BRKPT
 */
const TRAP_BRKPT = UNKNOWN;
#endif
#ifdef TRAP_TRACE
/**
 * @var int
 * @cvalue TRAP_TRACE
 */
const TRAP_TRACE = UNKNOWN;
#endif
#ifdef POLL_IN
/**
 * @var int
 * @cvalue POLL_IN
 */
const POLL_IN = UNKNOWN;
#endif
#ifdef POLL_OUT
/**
 * @var int
 * @cvalue POLL_OUT
 */
const POLL_OUT = UNKNOWN;
#endif
#ifdef POLL_MSG
/**
 * @var int
 * @cvalue POLL_MSG
 */
const POLL_MSG = UNKNOWN;
#endif
#ifdef POLL_ERR
/**
 * @var int
 * @cvalue POLL_ERR
 */
const POLL_ERR = UNKNOWN;
#endif
#ifdef POLL_PRI
/**
 * @var int
 * @cvalue POLL_PRI
 */
const POLL_PRI = UNKNOWN;
#endif
#ifdef POLL_HUP
/**
 * @var int
 * @cvalue POLL_HUP
 */
const POLL_HUP = UNKNOWN;
#endif
#ifdef ILL_ILLOPC
/**
 * @var int
 * @cvalue ILL_ILLOPC
 */
const ILL_ILLOPC = UNKNOWN;
#endif
#ifdef ILL_ILLOPN
/**
 * @var int
 * @cvalue ILL_ILLOPN
 */
const ILL_ILLOPN = UNKNOWN;
#endif
#ifdef ILL_ILLADR
/**
 * @var int
 * @cvalue ILL_ILLADR
 */
const ILL_ILLADR = UNKNOWN;
#endif
#ifdef ILL_ILLTRP
/**
 * @var int
 * @cvalue ILL_ILLTRP
 */
const ILL_ILLTRP = UNKNOWN;
#endif
#ifdef ILL_PRVOPC
/**
 * @var int
 * @cvalue ILL_PRVOPC
 */
const ILL_PRVOPC = UNKNOWN;
#endif
#ifdef ILL_PRVREG
/**
 * @var int
 * @cvalue ILL_PRVREG
 */
const ILL_PRVREG = UNKNOWN;
#endif
#ifdef ILL_COPROC
/**
 * @var int
 * @cvalue ILL_COPROC
 */
const ILL_COPROC = UNKNOWN;
#endif
#ifdef ILL_BADSTK
/**
 * @var int
 * @cvalue ILL_BADSTK
 */
const ILL_BADSTK = UNKNOWN;
#endif
#ifdef FPE_INTDIV
/**
 * @var int
 * @cvalue FPE_INTDIV
 */
const FPE_INTDIV = UNKNOWN;
#endif
#ifdef FPE_INTOVF
/**
 * @var int
 * @cvalue FPE_INTOVF
 */
const FPE_INTOVF = UNKNOWN;
#endif
#ifdef FPE_FLTDIV
/**
 * @var int
 * @cvalue FPE_FLTDIV
 */
const FPE_FLTDIV = UNKNOWN;
#endif
#ifdef FPE_FLTOVF
/**
 * @var int
 * @cvalue FPE_FLTOVF
 */
const FPE_FLTOVF = UNKNOWN;
#endif
#ifdef FPE_FLTUND
/**
 * @var int
 * @cvalue FPE_FLTUND
 */
const FPE_FLTUND = UNKNOWN;
#endif
#ifdef FPE_FLTRES
/**
 * @var int
 * @cvalue FPE_FLTRES
 */
const FPE_FLTRES = UNKNOWN;
#endif
#ifdef FPE_FLTINV
/**
 * @var int
 * @cvalue FPE_FLTINV
 */
const FPE_FLTINV = UNKNOWN;
#endif
#ifdef FPE_FLTSUB
/**
 * @var int
 * @cvalue FPE_FLTSUB
 */
const FPE_FLTSUB = UNKNOWN;
#endif
#ifdef SEGV_MAPERR
/**
 * @var int
 * @cvalue SEGV_MAPERR
 */
const SEGV_MAPERR = UNKNOWN;
#endif
#ifdef SEGV_ACCERR
/**
 * @var int
 * @cvalue SEGV_ACCERR
 */
const SEGV_ACCERR = UNKNOWN;
#endif
#ifdef BUS_ADRALN
/**
 * @var int
 * @cvalue BUS_ADRALN
 */
const BUS_ADRALN = UNKNOWN;
#endif
#ifdef BUS_ADRERR
/**
 * @var int
 * @cvalue BUS_ADRERR
 */
const BUS_ADRERR = UNKNOWN;
#endif
#ifdef BUS_OBJERR
/**
 * @var int
 * @cvalue BUS_OBJERR
 */
const BUS_OBJERR = UNKNOWN;
#endif
