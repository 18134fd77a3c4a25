# Shared by scripts/setup-and-demo.sh and scripts/test.sh (sourced, not run).

# Installs what building and testing fileq needs on Debian, when it is missing.
fq_install_deps() {
  local need=()
  command -v phpize >/dev/null 2>&1 || need+=(php-dev)
  command -v php >/dev/null 2>&1 || need+=(php-cli)
  command -v php-cgi >/dev/null 2>&1 || need+=(php-cgi)  # tests of several requests in one process
  command -v cc >/dev/null 2>&1 || need+=(build-essential)
  command -v re2c >/dev/null 2>&1 || need+=(re2c)
  command -v pecl >/dev/null 2>&1 || need+=(php-pear)
  [ -d /usr/share/php/PhpParser ] || need+=(php-parser)
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

# Builds modules/fileq.so in the source tree; warnings are errors.
fq_build() {
  if [ ! -f configure ] || [ config.m4 -nt configure ]; then
    phpize >/dev/null
  fi
  if [ ! -f Makefile ] || [ configure -nt Makefile ]; then
    ./configure --enable-fileq CFLAGS="${CFLAGS:--O2 -g} -Wall -Wextra -Werror" >/dev/null
  fi
  make -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
}
