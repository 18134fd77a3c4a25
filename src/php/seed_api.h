#ifndef PHP_FILEQ_SEED_API_H
#define PHP_FILEQ_SEED_API_H

#include "php.h"
#include "src/php/subsystem.h"

/*
 * queue_address_push() / queue_address_pop(): the seed's procedural API on
 * the RAW core. The functions themselves are registered through the module's
 * function table (stubs/seed_api_arginfo.h, included by php_fileq.c).
 */

/*
 * MINIT interns the names the functions look up on every call, with their
 * hashes; a request's end leaves the cached files open (their open_basedir is
 * checked again in the next request).
 */
extern const php_fileq_subsystem_t php_fileq_seed_api_subsystem;

/* Closes the files a thread cached (one descriptor per queue file), when its globals go. */
void php_fileq_seed_api_gshutdown(HashTable **files);

#endif /* PHP_FILEQ_SEED_API_H */
