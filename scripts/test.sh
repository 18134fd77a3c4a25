#!/usr/bin/env bash
# Runs the whole test suite: builds fileq (warnings are errors), then every
# phpt under tests/ with run-tests.php. Exits non-zero on any failure, and
# when a test left a file under tests/ (fq_check_leftovers names them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
fq_need_pkgs "${fq_base_pkgs[@]}"
# The seed's differential tests need mbstring (Debian's CLI may come without it; a PHP built with it needs nothing).
php -r 'exit(extension_loaded("mbstring") ? 0 : 1);' || fq_need_pkgs php-mbstring
fq_build "$fq_root" "" CFLAGS="${CFLAGS:--O2 -g} -Wall -Wextra -Werror"
log=$(mktemp)
stamp=$(mktemp)   # what appears under tests/ after this, the run made
trap 'rm -f "$log" "$stamp"' EXIT
set +e
NO_INTERACTION=1 REPORT_EXIT_STATUS=1 make test TESTS="-q --show-diff ${FILEQ_TESTS:-tests}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
failed=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
skipped=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
echo "phpt: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${passed:-0}" -eq 0 ]; then
  echo "no test passed" >&2
  exit 1
fi
fq_check_leftovers "$stamp" || exit 1
exit "$status"
