/*
 * A walk over a value in PHP's serialize() format that finds the classes it
 * names. unserialize() looks an enum up (and autoloads it) whatever
 * allowed_classes says: the binding refuses a value naming an enum the caller
 * did not allow before unserialize() sees it.
 */
#ifndef FQ_CORE_SERIAL_H
#define FQ_CORE_SERIAL_H

#include <stddef.h>

/*
 * Called for each class named, in order: kind 'O' (an object), 'C' (an object
 * of a Serializable class) or 'E' (an enum case: name is the class part of
 * "Class:Case"). A non-zero return stops the walk and is the walk's result.
 */
typedef int (*fq_serial_class_fn)(int kind, const char *name, size_t len, void *ctx);

/*
 * Walks the first value in buf[0..len) (bytes after it are not looked at).
 * FQ_OK when the whole value was walked, what fn returned when it stopped the
 * walk, FQ_EARG when buf does not hold a value in the format serialize()
 * writes (its strings, numbers, arrays, objects, references and enums).
 * Bounded: every byte is looked at once, no recursion.
 */
int fq_serial_classes(const unsigned char *buf, size_t len, fq_serial_class_fn fn, void *ctx);

#endif /* FQ_CORE_SERIAL_H */
