<?php

/** @generate-class-entries */

namespace FileQ;

/** The root of every exception fileq throws; getCode() is the errno where there is one. */
class Exception extends \RuntimeException {}

/** A system call failed: the message names the path or key, the operation and the errno text. */
class IOException extends Exception {}

/** A file or segment is not what it should be: foreign, truncated, or a checksum mismatch. */
class CorruptException extends Exception {}

/** A payload does not fit: a frame larger than the frame size, a value larger than the segment. */
class TooLargeException extends Exception {}

/** A deadline passed before the operation could complete. */
class TimeoutException extends Exception {}
