--TEST--
fileq-inspect members and boot: the registered processes with whether each still runs (a dead one is shown, not pruned), and the boot state
--EXTENSIONS--
fileq
--FILE--
<?php
require __DIR__ . '/inspect.inc';
$f = __DIR__ . '/' . basename(__FILE__, '.php') . '.q';
$q = new FileQ\Queue($f);
$q->register('workers');
// A member whose process is gone (pid 2^22 + 1 is above Linux's pid_max default and never runs here).
$q->updateBoot(function (array $b) {
    $b['workers'][4194305] = ['process_id' => 4194305, 'last_update' => 0.0, 'start_time' => 1];
    $b['config'] = ['batch' => 10];
    return $b;
});
inspect('members', $f, 'workers');
inspect('members', $f);
$b = $q->boot();
echo "still there after members: ", isset($b['workers'][4194305]) ? 'yes' : 'no', "\n";
inspect('--json', 'boot', $f);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/tools_inspect_members_boot.q');
?>
--EXPECTF--
$ fileq-inspect members tools_inspect_members_boot.q workers
%w%d  running  last update %d-%d-%d %d:%d:%d
 4194305  gone     last update 1970-01-01 %d:00:00
2 member(s) in role 'workers'
[exit 0]
$ fileq-inspect members tools_inspect_members_boot.q
0 member(s) in role 'handlers'
[exit 0]
still there after members: yes
$ fileq-inspect --json boot tools_inspect_members_boot.q
{
    "workers": {
        "%d": {
            "process_id": %d,
            "last_update": %f,
            "start_time": %d
        },
        "4194305": {
            "process_id": 4194305,
            "last_update": 0.0,
            "start_time": 1
        }
    },
    "config": {
        "batch": 10
    }
}
[exit 0]
