# Shared helpers of the .ci/ scripts (sourced, not run). They build fileq OUT
# of the checkout, in a temp copy, so a check never leaves phpize/configure
# litter in the tree or reuses objects built with other flags.

fq_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs the Debian packages that are missing, quietly (apt-get update only
# when something is missing). Output is shown only if apt fails.
fq_need_pkgs() {
  local missing=() p out
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! out=$( { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } 2>&1); then
    echo "$out" >&2
    echo "apt-get install ${missing[*]} failed" >&2
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

# phpize + configure + make in $1 (a tree copy). $2 = php-config to use (empty:
# the one in PATH). Further args go to configure (CFLAGS=..., LDFLAGS=...).
# Prints nothing on success; the build log on failure.
fq_build_ext() { # dir php-config configure-args...
  local dir=$1 pc=$2 phpize=phpize log
  shift 2
  if [ -n "$pc" ]; then
    # php-config8.5 comes with phpize8.5 (Debian's versioned names)
    phpize=$(dirname "$pc")/$(basename "$pc" | sed 's/^php-config/phpize/')
    set -- --with-php-config="$pc" "$@"
  fi
  log=$dir/.fq-build.log
  if ! (cd "$dir" && "$phpize" && ./configure --enable-fileq "$@" && make -j"${FILEQ_JOBS:-2}") >"$log" 2>&1; then
    echo "build of fileq FAILED ($phpize; configure $*); diagnostics and last lines of the log:" >&2
    # The compiler's diagnostics (not the command lines, which name error.c).
    grep -E '(error|warning):|\*\*\*' "$log" | head -40 >&2 || true
    tail -n 15 "$log" | cut -c1-300 >&2
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
  php_summary=$(awk -F: '
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
    }' "$1/.fq-test.log")
  echo "$php_summary"
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
