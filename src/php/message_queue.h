#ifndef PHP_FILEQ_MESSAGE_QUEUE_H
#define PHP_FILEQ_MESSAGE_QUEUE_H

#include "php.h"
#include "src/php/subsystem.h"
#include "src/core/sysv_msg.h"

typedef struct php_fileq_message_queue {
	fq_msg_t q;
	bool open;
	zend_object std;
} php_fileq_message_queue_t;

extern zend_class_entry *php_fileq_message_queue_ce;
extern zend_class_entry *php_fileq_message_queue_interface_ce;

static inline php_fileq_message_queue_t *php_fileq_message_queue_from_obj(zend_object *obj)
{
	return (php_fileq_message_queue_t *) ((char *) obj - offsetof(php_fileq_message_queue_t, std));
}

extern const php_fileq_subsystem_t php_fileq_message_queue_subsystem;

/*
 * The bytes msg_send() sends for message: its serialization, or (serialize
 * false) a scalar as a string (an int in decimal, a float with "%F", false
 * "0", true "1"). NULL when serialize() threw (the exception is pending) or
 * message is no scalar (nothing thrown: the caller words the TypeError).
 * For MessageQueue::send() and msg_send().
 */
zend_string *php_fileq_message_bytes(zval *message, bool serialize);

/* msg_stat_queue()'s array of st into out, for it and MessageQueue::stat(). */
void php_fileq_message_queue_stat_array(const fq_msg_stat_t *st, zval *out);

#endif /* PHP_FILEQ_MESSAGE_QUEUE_H */
