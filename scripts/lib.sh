# The one set of helpers of every script in scripts/, .ci/ and bench/run
# (sourced, not run): fq_need_pkgs installs what is missing, fq_build builds
# fileq (phpize, configure, make) in a given directory against a given PHP,
# fq_copy_tree makes the copy of the tree a check builds in, and the rest runs
# `make test` and reads its results.

fq_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and testing fileq needs (scripts/test.sh, the demo, .ci/run).
# "@command" (or "@path"): the package counts as there when that is, so a PHP
# built from source, or the official Docker image's, is used as it is instead
# of Debian's being installed beside it.
fq_base_pkgs=(php-dev@phpize php-cli@php php-cgi@php-cgi build-essential@cc re2c@re2c
  php-pear@pecl php-parser@/usr/share/php/PhpParser strace@strace)
# php-cgi: tests of several requests in one process; php-pear: pecl package;
# php-parser: .ci/check-stubs; strace: a test that holds a process at a system call.

# Installs the Debian packages named that are missing, quietly: apt-get update
# runs only when one is, apt's output is shown only when it fails. A name is
# PACKAGE (missing unless dpkg has it installed) or PACKAGE@COMMAND (missing
# unless COMMAND is in PATH or is an existing path). sudo when not root.
# FQ_APT_NO_RECOMMENDS=1: without the packages' recommends (.ci/windows: Wine's).
fq_need_pkgs() { # package[@command]...
  local missing=() p check out
  for p in "$@"; do
    check=""
    case $p in *@*) check=${p#*@}; p=${p%%@*} ;; esac
    if [ -n "$check" ]; then
      { [ -e "$check" ] || command -v "$check" >/dev/null 2>&1; } && continue
    elif dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
      continue
    fi
    missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}" >&2
  # DPkg::Lock::Timeout: another apt on the machine may hold the lock a while.
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq)
  [ "$(id -u)" -eq 0 ] || apt=(sudo "${apt[@]}")
  if ! out=$("${apt[@]}" update 2>&1); then
    echo "$out" >&2
    echo "apt-get update failed (needed to install ${missing[*]}); see above" >&2
    return 1
  fi
  if ! out=$("${apt[@]}" install -y ${FQ_APT_NO_RECOMMENDS:+--no-install-recommends} "${missing[@]}" 2>&1); then
    echo "$out" >&2
    echo "apt-get install ${missing[*]} failed; see above" >&2
    return 1
  fi
}

# Copies the tree as git sees it (tracked + untracked, minus ignored: no old
# build products) into $1.
fq_copy_tree() { # dest
  mkdir -p "$1"
  (cd "$fq_root" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
    xargs -0 cp --parents -t "$1")
}

# Builds fileq in $1 (a copy from fq_copy_tree, or the checkout itself):
# phpize, configure --enable-fileq, make. $2 = the php-config of the PHP to
# build against (empty: the one in PATH); its phpize is used. Further args go
# to configure (CFLAGS=..., LDFLAGS=..., --enable-...). Warnings are errors:
# CFLAGS is "-O2 -g -Wall -Wextra -Werror" unless the args set it.
# phpize and configure run again only when config.m4 changed or the PHP or the
# args differ from the last build in $1 (kept in $1/.fq-build-args), so a
# build in place stays incremental. Prints nothing on success; the compiler's
# diagnostics and the end of the log ($1/.fq-build.log) on failure.
fq_build() { # dir php-config configure-args...
  local dir=$1 pc=$2 phpize=phpize a cflags="" want
  shift 2
  for a in "$@"; do
    case $a in CFLAGS=*) cflags=given ;; esac
  done
  [ -n "$cflags" ] || set -- "$@" CFLAGS="-O2 -g -Wall -Wextra -Werror"
  if [ -n "$pc" ]; then
    # php-config8.5 comes with phpize8.5 (Debian's versioned names)
    phpize=$(dirname "$pc")/$(basename "$pc" | sed 's/^php-config/phpize/')
    set -- --with-php-config="$pc" "$@"
  fi
  want="$phpize --enable-fileq $*"
  if ! (
    cd "$dir"
    if [ ! -f configure ] || [ config.m4 -nt configure ] || [ ! -f Makefile ] || [ configure -nt Makefile ] ||
       [ "$(cat .fq-build-args 2>/dev/null)" != "$want" ]; then
      rm -f .fq-build-args
      # make clean: objects of another PHP or other flags must not be linked in
      "$phpize" && ./configure --enable-fileq "$@" && make clean && echo "$want" >.fq-build-args
    fi && make -j"${FILEQ_JOBS:-$(nproc 2>/dev/null || echo 2)}"
  ) >"$dir/.fq-build.log" 2>&1; then
    echo "build of fileq FAILED ($phpize; configure $*) in $dir; diagnostics and last lines of the log:" >&2
    # The compiler's diagnostics (not the command lines, which name error.c).
    grep -E '(error|warning):|\*\*\*' "$dir/.fq-build.log" | head -40 >&2 || true
    tail -n 15 "$dir/.fq-build.log" | cut -c1-300 >&2
    return 1
  fi
}

# Fails when the build log of $1 has a compiler warning outside PHP's own
# headers, or one there that $2 (an extended regex of "file:line" or a warning
# name) does not let through. For a build where -Wno-error=<that warning> had to
# be given because a PHP release's header trips it.
fq_check_warnings() { # dir allowed-regex
  local bad
  # the compiler's (file.c:line:col:), not autoconf's notes from phpize
  bad=$(grep -E '\.[ch]:[0-9]+:([0-9]+:)? warning:' "$1/.fq-build.log" | grep -vE "$2" | sort -u || true)
  if [ -n "$bad" ]; then
    echo "build of fileq has warnings:" >&2
    echo "$bad" | head -20 >&2
    return 1
  fi
}

# Runs `make test` in $1 with TESTS="$2"; the run-tests.php output goes to
# $1/.fq-test.log. Returns make's status (REPORT_EXIT_STATUS=1: non-zero on a
# failed or leaked test).
fq_make_test() { # dir tests-args
  (cd "$1" && NO_INTERACTION=1 REPORT_EXIT_STATUS=1 make test TESTS="$2") >"$1/.fq-test.log" 2>&1
}

# One line from run-tests.php's summary: "N tests: P passed, F failed, ...".
fq_test_summary() { # dir
  awk -F: '
    /^Number of tests/ { split($2, a, " "); n = a[1] }
    /^Tests (skipped|warned|failed|leaked|passed)/ {
      split($1, k, " "); split($2, a, " "); v[k[2]] = a[1]
    }
    END {
      if (n == "") { print "no run-tests summary"; exit }
      s = n " tests: " v["passed"]+0 " passed, " v["failed"]+0 " failed, " v["skipped"]+0 " skipped"
      if (v["warned"] > 0) s = s ", " v["warned"] " warned"
      if ("leaked" in v) s = s ", " v["leaked"] " leaked"
      print s
    }' "$1/.fq-test.log"
}

# The failure sections of run-tests.php's output (names of failed/leaked tests)
# and the diffs / valgrind reports beside them.
fq_test_failures() { # dir
  local dir=$1 f
  sed -n '/^FAILED TEST SUMMARY/,/^=====/p; /^LEAKED TEST SUMMARY/,/^=====/p; /^BORKED TEST SUMMARY/,/^=====/p' "$dir/.fq-test.log" >&2
  for f in $(find "$dir/tests" -name '*.diff' -o -name '*.mem' | sort); do
    echo "--- $f" >&2
    head -60 "$f" >&2
  done
  if ! grep -q '^Number of tests' "$dir/.fq-test.log"; then
    tail -40 "$dir/.fq-test.log" >&2
  fi
}

# Prints, one a line, what the tests left under tests/ since $1 (a file made
# just before the run): files created or changed since then that git does not
# know, other than run-tests.php's own files of a test (X.diff .out .exp .log
# .php .sh .mem .skip.php .clean.php .post beside X.phpt, kept when X fails),
# and directories left empty. A file older than the run (a new test not yet
# added to git) does not count. Without git (an unpacked archive), every file
# the run made or changed counts.
fq_leftovers() { # stamp
  local stamp=$1 f ext list
  if git -C "$fq_root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    list=(git ls-files -z --others -- tests)   # ignored ones included
  else
    list=(find tests -type f -print0)
  fi
  (cd "$fq_root" && "${list[@]}") | while IFS= read -r -d '' f; do
    [ "$fq_root/$f" -nt "$stamp" ] || continue
    for ext in skip.php clean.php preload.php diff out exp log php sh mem post; do
      case $f in *."$ext") [ -f "$fq_root/${f%."$ext"}.phpt" ] && continue 2 ;; esac
    done
    echo "$f"
  done
  (cd "$fq_root" && find tests -mindepth 1 -type d -empty -newer "$stamp")
}

# Fails naming what fq_leftovers finds: a test's --CLEAN-- must remove what it made.
fq_check_leftovers() { # stamp
  local left
  left=$(fq_leftovers "$1")
  if [ -n "$left" ]; then
    echo "tests left files behind (a test's --CLEAN-- must remove what it makes):" >&2
    echo "$left" | sed 's/^/  /' >&2
    return 1
  fi
}
