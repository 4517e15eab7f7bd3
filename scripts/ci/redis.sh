#!/usr/bin/env bash
# Installs Debian's Redis server, the queue of the n8n queue-mode end-to-end test
# (`pnpm test:n8n:queue`, which starts its own redis-server on 127.0.0.1 and stops it). Only the
# package: apt's service is not used. Idempotent and quiet: does nothing when redis-server is on
# the PATH; prints apt's output only when it fails. Debian/Ubuntu (apt-get).
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

# shellcheck source=apt-install.sh
. "$(dirname "$0")/apt-install.sh"
apt_install redis.sh redis-server

command -v redis-server >/dev/null 2>&1 || { echo "redis.sh: redis-server still missing after apt-get install" >&2; exit 1; }
echo "redis.sh: $(redis-server --version)"
