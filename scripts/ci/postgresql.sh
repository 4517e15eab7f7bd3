#!/usr/bin/env bash
# Installs Debian's PostgreSQL server, the database of the n8n queue-mode end-to-end test
# (`pnpm test:n8n:queue`, which runs initdb in a temporary folder and starts its own server on
# 127.0.0.1, as the `postgres` user when run as root, and stops it). Only the package: apt's
# cluster and service are not used. Idempotent and quiet: does nothing when initdb is there;
# prints apt's output only when it fails. Debian/Ubuntu (apt-get).
set -euo pipefail

have_initdb() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

if have_initdb; then
  exit 0
fi

# shellcheck source=apt-install.sh
. "$(dirname "$0")/apt-install.sh"
apt_install postgresql.sh postgresql

have_initdb || { echo "postgresql.sh: /usr/lib/postgresql/*/bin/initdb still missing after apt-get install" >&2; exit 1; }
echo "postgresql.sh: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
