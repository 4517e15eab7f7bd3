#!/usr/bin/env bash
# Installs Debian's Chromium, the browser the n8n end-to-end test drives headless through
# playwright-core (which never downloads a browser of its own). Idempotent and quiet: does
# nothing when /usr/bin/chromium is there; prints apt's output only when it fails.
# Debian/Ubuntu (apt-get).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

# shellcheck source=apt-install.sh
. "$(dirname "$0")/apt-install.sh"
# fonts-liberation: readable Latin/Vietnamese text in the screenshots.
apt_install chromium.sh chromium fonts-liberation

[ -x /usr/bin/chromium ] || { echo "chromium.sh: /usr/bin/chromium still missing after apt-get install" >&2; exit 1; }
echo "chromium.sh: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
