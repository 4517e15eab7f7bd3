#!/usr/bin/env bash
# Sourced by the CI installers: `apt_install NAME PACKAGE...` runs apt-get update and a quiet
# apt-get install (no recommended packages), as root or through sudo, and prints apt's output
# only when it fails (then exits 1, naming the installer).
apt_install() {
  local name="$1"
  shift
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  local log
  log="$(mktemp)"
  if ! { DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "$name: apt-get failed" >&2
    exit 1
  fi
  rm -f "$log"
}
