#ifndef PHP_FILEQ_SEED_API_H
#define PHP_FILEQ_SEED_API_H

#include "php.h"

/*
 * queue_address_push() / queue_address_pop(): the seed's procedural API on
 * the RAW core. The functions themselves are registered through the module's
 * function table (stubs/seed_api_arginfo.h, included by php_fileq.c).
 */

/* The names the functions look up on every call, interned once with their hashes. */
void php_fileq_seed_api_minit(void);

/* Ends a request: the cached files stay open, their open_basedir is checked again in the next one. */
void php_fileq_seed_api_rshutdown(void);

/* Closes the files a thread cached (one descriptor per queue file), when its globals go. */
void php_fileq_seed_api_gshutdown(HashTable **files);

#endif /* PHP_FILEQ_SEED_API_H */
