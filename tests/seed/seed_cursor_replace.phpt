--TEST--
seed API: addressed pop reads without removing, replaces in place, refuses an oversize replacement
--EXTENSIONS--
fileq
--FILE--
<?php
$file = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
file_put_contents($file, '');
$cron_requests_events_settings['queue_file'] = $file;
$hex = function () use ($file) { return bin2hex(file_get_contents($file)); };

var_dump(queue_address_push('aa', 4));
var_dump(queue_address_push('bb', 4));
var_dump(queue_address_push('cc', 4));

var_dump(queue_address_pop(4, 4));               // read only
var_dump(queue_address_pop(4, 4, 'BBBB'));       // returns the old frame, writes the new one
var_dump($hex());
var_dump(queue_address_pop(4, 4, 'TOOLONG'));    // '' and nothing written
var_dump($hex());
var_dump(queue_address_pop(4, 2));               // cursors need not be frame-aligned: "\0\0BB"
var_dump(queue_address_pop(4, 100));             // past the end: ''
var_dump(queue_address_pop(4, 14, 'zz'));        // a replacement past the end extends the file
var_dump($hex());
var_dump(queue_address_push('Q', 4, 0));         // push at a cursor overwrites there
var_dump($hex());
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/' . basename(__FILE__, '.clean.php') . '.q');
?>
--EXPECT--
int(0)
int(4)
int(8)
string(2) "bb"
string(2) "bb"
string(24) "616100004242424263630000"
string(0) ""
string(24) "616100004242424263630000"
string(2) "BB"
string(0) ""
string(0) ""
string(36) "61610000424242426363000000007a7a0000"
int(0)
string(36) "51000000424242426363000000007a7a0000"
