#!/usr/bin/env bash
# For a newcomer on a fresh Debian machine: installs the build tools, builds
# fileq and runs a real multi-process demo (workers push, handlers pop, the
# boot frame's registry printed).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
fq_need_pkgs "${fq_base_pkgs[@]}"
fq_build "$fq_root" "" CFLAGS="${CFLAGS:--O2 -g} -Wall -Wextra -Werror"
echo "built modules/fileq.so ($(php -n -d extension="$PWD/modules/fileq.so" -r 'echo phpversion("fileq");'))"
exec php -d extension="$PWD/modules/fileq.so" examples/demo.php
