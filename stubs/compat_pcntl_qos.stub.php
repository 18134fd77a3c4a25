<?php

/** @generate-class-entries */

/*
 * ext/pcntl's Pcntl\QosClass (PHP 8.4 declares it everywhere; the functions
 * that take it, pcntl_getqos_class/pcntl_setqos_class, are macOS only), part
 * of the pcntl family (src/php/compat_pcntl.c registers it).
 */

namespace Pcntl;

#if PHP_VERSION_ID >= 80400
enum QosClass
{
    case UserInteractive;
    case UserInitiated;
    case Default;
    case Utility;
    case Background;
}
#endif
