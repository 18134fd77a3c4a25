<?php

/** @generate-class-entries */

namespace FileQ;

/** The host's SysV IPC objects. */
final class Ipc
{
    private function __construct() {}

    /**
     * ['msg' => [...], 'sem' => [...], 'shm' => [...]], one array per object, read from /proc/sysvipc
     * (key, id, perms, uid, gid, cuid, cgid, and per kind cbytes/qnum/lspid/lrpid, nsems, size/cpid/lpid/nattch, times).
     *
     * @return array{msg: list<array<string, int>>, sem: list<array<string, int>>, shm: list<array<string, int>>}
     */
    public static function list(): array {}
}
